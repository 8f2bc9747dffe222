import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { IomElement } from '../core/iom-element.js';
import { heading, headingLevel, type HeadingLevel } from '../core/heading.js';
import { safeUrl } from '../core/safe-url.js';
import { tokens } from '../core/tokens.styles.js';
import { warn } from '../core/warn.js';
import { mailtoUrl } from './email.js';
import { telUrl } from './phone.js';
import { downloadVcard, type Card } from './vcard.js';
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

const isEmpty = (contact: object) => !Object.values(contact).some(Boolean);

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

  private level: HeadingLevel = 3;
  /** The fields as shown: trimmed, blank ones `undefined`. */
  private contact: Omit<Card, 'tel'> = {};
  private links: Partial<Record<Field, string>> = {};
  /** The last copy, shown on its button and announced, until focus leaves the button. */
  private copied: IomCopyDetail | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.level = headingLevel(TAG, this.headingLevel);
    const [name, title, org, phone, email] = [this.name, this.jobTitle, this.office, this.phone, this.email].map(
      (value) => value?.trim() || undefined,
    );
    this.contact = { name, title, org, phone, email };
    const link = (field: Field, href: string | undefined, expected: string) => {
      if (this.contact[field] && !href) {
        warn(TAG, `attribute "${field}"`, this[field], `is not ${expected}`, 'shown as text without a link');
      }
      return safeUrl(href);
    };
    this.links = {
      phone: link('phone', phone && telUrl(phone), 'a phone number'),
      email: link('email', email && mailtoUrl(email, this.subject?.trim()), 'an email address'),
    };
    if (isEmpty(this.contact)) {
      warn(TAG, 'attributes "name", "job-title", "office", "phone", "email"', '', 'are all empty', 'rendered nothing');
    }
  }

  private async copy(field: Field): Promise<void> {
    // Emptied first, so that copying twice announces twice.
    this.copied = undefined;
    this.requestUpdate();
    await this.updateComplete;
    let ok = true;
    try {
      await navigator.clipboard.writeText(this.contact[field]!);
    } catch {
      // No Clipboard API (insecure page) or permission denied: the person copies the selection.
      ok = false;
      getSelection()?.selectAllChildren(this.shadowRoot!.getElementById(field)!);
    }
    this.copied = { field, ok };
    this.requestUpdate();
    this.dispatchEvent(new CustomEvent('iom-copy', { detail: { field, ok }, bubbles: true, composed: true }));
  }

  // One listener for the three buttons: fewer bindings, a faster first render.
  private readonly onClick = ({ target }: Event) => {
    const { id } = target as Element;
    if (id === 'copy-phone') void this.copy('phone');
    if (id === 'copy-email') void this.copy('email');
    // Only what is linked goes into the vCard as TEL and EMAIL.
    if (id === 'vcard') downloadVcard({ ...this.contact, tel: this.links.phone, email: this.links.email && this.contact.email });
  };

  /** A copy result stays on its button until focus moves on. */
  private readonly onFocusOut = () => {
    if (!this.copied) return;
    this.copied = undefined;
    this.requestUpdate();
  };

  protected override render(): TemplateResult | typeof nothing {
    if (isEmpty(this.contact)) return nothing;
    const { name, title, org, phone, email } = this.contact;
    const { phone: tel, email: mailto } = this.links;
    const text = this.heading?.trim() ?? msg('Press contact', { desc: 'Default heading of a press contact block.' });
    // Static ids and parts (no attribute bindings) keep the first render cheap.
    return html`<div class="base" part="base">
      ${text ? heading(this.level, 'heading', text) : nothing}
      <address part="address" @click=${this.onClick} @focusout=${this.onFocusOut}>
        ${name ? html`<p class="name" part="name" id="name">${name}</p>` : nothing}
        ${title ? html`<p class="job-title" part="job-title">${title}</p>` : nothing}
        ${org ? html`<p class="office" part="office">${org}</p>` : nothing}
        ${
          tel
            ? html`<p class="line">
                <a id="phone" part="link phone" href=${tel} dir="ltr">${phone}</a>
                <button id="copy-phone" part="button copy" aria-labelledby="copy-phone phone">${this.copyLabel('phone')}</button>
              </p>`
            : phone && html`<p class="line" part="phone">${phone}</p>`
        }
        ${
          mailto
            ? html`<p class="line">
                <a id="email" part="link email" href=${mailto} dir="ltr">${email}</a>
                <button id="copy-email" part="button copy" aria-labelledby="copy-email email">${this.copyLabel('email')}</button>
              </p>`
            : email && html`<p class="line" part="email">${email}</p>`
        }
        <p class="actions">
          <button id="vcard" part="button vcard" aria-labelledby="vcard name">
            ${msg('Download vCard', { desc: 'Button that downloads the contact as a .vcf file (vCard).' })}
          </button>
        </p>
      </address>
      <p class="visually-hidden" role="status">${this.announcement()}</p>
    </div>`;
  }

  private copyLabel(field: Field): string {
    if (this.copied?.field !== field) {
      return msg('Copy', { desc: 'Button that copies the phone number or email address beside it.' });
    }
    return this.copied.ok
      ? msg('Copied', { desc: 'The copy button once the value is on the clipboard.' })
      : msg('Not copied', { desc: 'The copy button when the browser refused to copy.' });
  }

  private announcement(): string {
    if (!this.copied) return '';
    return this.copied.ok
      ? msg('Copied to the clipboard', { desc: 'Announced to screen readers after a successful copy.' })
      : msg('Could not copy. The text is selected: copy it yourself.', {
          desc: 'Announced when the browser refused to copy; the value has been selected for the person instead.',
        });
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
