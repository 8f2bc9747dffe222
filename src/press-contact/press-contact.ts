import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { textProperties } from '../core/attributes.js';
import { IomElement } from '../core/iom-element.js';
import { heading, headingLevel } from '../core/heading.js';
import { tokens } from '../core/tokens.styles.js';
import { warn } from '../core/warn.js';
import { safeUrl } from '../core/safe-url.js';
import { mailtoUrl } from './email.js';
import { telUrl } from './phone.js';
import type { Card } from './vcard.js';
import { styles } from './press-contact.styles.js';

const TAG = 'iom-press-contact';

/** `detail` of the `iom-copy` event. */
export interface IomCopyDetail {
  /** Which value the person copied. */
  field: 'phone' | 'email';
  /** `false` when the Clipboard API was unavailable or denied: the text is then selected instead. */
  ok: boolean;
}

type Field = IomCopyDetail['field'];

/**
 * A press contact: name, job title, office, a phone number and an email address that work as
 * links (`tel:` in E.164 form, `mailto:`), buttons that copy them, and a vCard to download.
 *
 * The contact is rendered inside an `<address>`, under a real heading ("Press contact", localized).
 * Missing fields are left out. A phone or email that is not valid is shown as text, without a
 * link, with one warning; a contact with no field at all renders nothing (zero height), with one
 * warning. Copy results are announced through a polite live region in the page locale.
 * Several contacts are several elements.
 *
 * @tagname iom-press-contact
 * @summary A press contact with working phone and email links, copy buttons and a vCard.
 *
 * @fires iom-copy - After a copy button is used. `detail: { field: 'phone' | 'email', ok: boolean }`;
 *   `ok` is `false` when the clipboard was unavailable or denied (the text is then selected).
 *
 * @csspart base - The wrapper of everything the element renders.
 * @csspart heading - The heading (`<h2>`–`<h6>`).
 * @csspart address - The `<address>` holding the contact.
 * @csspart name - The person's name.
 * @csspart job-title - The job title.
 * @csspart office - The office.
 * @csspart phone - The phone number: a link, or text when it is not a valid number.
 * @csspart email - The email address: a link, or text when it is not a valid address.
 * @csspart link - Both links (phone and email).
 * @csspart button - All three buttons.
 * @csspart copy - The two copy buttons.
 * @csspart vcard - The "Download vCard" button.
 *
 * @cssproperty --iom-press-contact-accent - Colour of the bar at the inline start. Default `--iom-color-primary`.
 * @cssproperty --iom-press-contact-heading-size - Font size of the heading. Default `20px`.
 * @cssproperty --iom-color-primary - IOM blue, `#0033A0`: links and buttons.
 * @cssproperty --iom-color-navy - The heading, `#18375F`.
 * @cssproperty --iom-color-focus - The focus ring, `#418FDE`.
 * @cssproperty --iom-color-grey - Job title and office, `#666666`.
 * @cssproperty --iom-color-text - The name, `#1A1A1A`.
 * @cssproperty --iom-color-surface - Button background, `#FFFFFF`.
 * @cssproperty --iom-radius - Button corners, `4px`.
 * @cssproperty --iom-space - Spacing unit, `16px`.
 * @cssproperty --iom-font-family - Default `'Open Sans'`, then the system stack.
 */
export class IomPressContact extends IomElement {
  static override properties = {
    name: {},
    jobTitle: { attribute: 'job-title' },
    office: {},
    phone: {},
    email: {},
    subject: {},
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    copied: { state: true },
  };

  static override styles = [tokens, styles];

  /** The person's name. Its last word is the family name in the vCard. */
  declare name: string | undefined;

  /** The person's job title. */
  declare jobTitle: string | undefined;

  /** The office, e.g. `OIM Washington`; the organization in the vCard. */
  declare office: string | undefined;

  /**
   * The phone number as people write it, e.g. `+1 202 716 8820 ext. 12`; shown as written and
   * linked as `tel:+12027168820;ext=12`. A number without a country prefix keeps its national digits.
   */
  declare phone: string | undefined;

  /** The email address, linked as `mailto:`. */
  declare email: string | undefined;

  /** Subject of the email the `mailto:` link starts, e.g. `Press enquiry`. */
  declare subject: string | undefined;

  /** The heading text. Default "Press contact" in the page language; empty for no heading. */
  declare heading: string | undefined;

  /** Level of the heading, 2–6. Default 3. */
  declare headingLevel: number | string | undefined;

  /** The last copy, shown on its button and announced, until focus leaves the button. */
  declare private copied: IomCopyDetail | undefined;

  /** The contact as shown (trimmed, blank fields `undefined`) with its links; `undefined` when it has no field. */
  private card: Card | undefined;

  // Listeners on the shadow root rather than in the template: no event bindings to set up.
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.addEventListener('click', this.onClick);
    root.addEventListener('focusout', this.onFocusOut);
    return root;
  }

  protected override willUpdate(): void {
    textProperties(this, TAG, ['name', 'jobTitle', 'office', 'phone', 'email', 'subject', 'heading']);
    const [name, title, org, phone, email] = [this.name, this.jobTitle, this.office, this.phone, this.email].map(
      (value) => value?.trim() || undefined,
    );
    // Built from validated digits and a validated address, and through the one allow-list all the same.
    const tel = phone && safeUrl(telUrl(phone));
    const mailto = email && safeUrl(mailtoUrl(email, this.subject?.trim()));
    const unlinked = 'shown as text without a link';
    if (phone && !tel) warn(TAG, 'attribute "phone"', this.phone, 'is not a phone number', unlinked);
    if (email && !mailto) warn(TAG, 'attribute "email"', this.email, 'is not an email address', unlinked);
    this.card = name || title || org || phone || email ? { name, title, org, phone, email, tel, mailto } : undefined;
    if (!this.card) {
      warn(TAG, 'attributes "name", "job-title", "office", "phone", "email"', '', 'are all empty', 'rendered nothing');
    }
  }

  /** One listener for the three buttons. */
  private readonly onClick = async ({ target }: Event) => {
    const { id } = target as Element;
    const card = this.card!; // the contact as shown when the button was pressed
    // The vCard code loads when first needed.
    if (id === 'vcard')
      await import('./vcard.js').then(
        ({ downloadVcard }) => downloadVcard(card),
        (error: unknown) => warn(TAG, 'vCard', String(error), 'could not be loaded', 'downloaded nothing'),
      );
    if (!id.startsWith('copy-')) return;
    const field = id.slice(5) as Field;
    // Emptied first, so that copying twice announces twice.
    this.copied = undefined;
    await this.updateComplete;
    let ok = true;
    try {
      await navigator.clipboard.writeText(card[field]!);
    } catch {
      // No Clipboard API (insecure page) or permission denied: the person copies the selection.
      ok = false;
      getSelection()?.selectAllChildren(this.renderRoot.querySelector(`#${field}`)!);
    }
    this.copied = { field, ok };
    this.dispatchEvent(new CustomEvent('iom-copy', { detail: { field, ok }, bubbles: true, composed: true }));
  };

  /** A copy result stays on its button until focus moves on. */
  private readonly onFocusOut = () => {
    this.copied = undefined;
  };

  protected override render() {
    if (!this.card) return nothing;
    const { name, title, org, phone, email, tel, mailto } = this.card;
    const level = headingLevel(TAG, this.headingLevel);
    const { copied } = this;
    const text = this.heading?.trim() ?? msg('Press contact', { desc: 'Default heading of a press contact block.' });
    const label = (field: Field) =>
      copied?.field !== field
        ? msg('Copy', { desc: 'Button that copies the phone number or email address beside it.' })
        : copied.ok
          ? msg('Copied', { desc: 'The copy button once the value is on the clipboard.' })
          : msg('Not copied', { desc: 'The copy button when the browser refused to copy.' });
    // Static ids, classes and parts: attribute bindings would cost a quarter of the first render.
    const fields = html`${name && html`<p class="name" part="name" id="name">${name}</p>`}
    ${title && html`<p class="job-title" part="job-title">${title}</p>`}
    ${org && html`<p class="office" part="office">${org}</p>`}
    ${
      tel
        ? html`<p class="line">
            <a id="phone" part="link phone" href=${tel}>${phone}</a>
            <button id="copy-phone" part="button copy" aria-labelledby="copy-phone phone">${label('phone')}</button>
          </p>`
        : phone && html`<p class="line" part="phone">${phone}</p>`
    }
    ${
      mailto
        ? html`<p class="line">
            <a id="email" part="link email" href=${mailto}>${email}</a>
            <button id="copy-email" part="button copy" aria-labelledby="copy-email email">${label('email')}</button>
          </p>`
        : email && html`<p class="line" part="email">${email}</p>`
    }`;
    const status = copied
      ? copied.ok
        ? msg('Copied to the clipboard', { desc: 'Announced to screen readers after a successful copy.' })
        : msg('Could not copy. The text is selected: copy it yourself.', {
            desc: 'Announced when the browser refused to copy; the value has been selected for the person instead.',
          })
      : '';
    const download = msg('Download vCard', { desc: 'Button that downloads the contact as a .vcf file (vCard).' });
    return html`<div class="base" part="base">
      ${text && heading(level, 'heading', text)}
      <address part="address">
        ${fields}
        <p class="line"><button id="vcard" part="button vcard" aria-labelledby="vcard name">${download}</button></p>
      </address>
      <p class="visually-hidden" role="status">${status}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iom-press-contact': IomPressContact;
  }
  interface HTMLElementEventMap {
    'iom-copy': CustomEvent<IomCopyDetail>;
  }
}
