import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { numberAttribute } from '../core/attributes.js';
import { IomElement } from '../core/iom-element.js';
import { DEFAULT_HEADING_LEVEL, heading, headingLevel, type HeadingLevel } from '../core/heading.js';
import { safeUrl } from '../core/safe-url.js';
import { IomCopyEvent, type IomCopyDetail } from '../events/copy.js';
import { mailtoUrl } from './email.js';
import { telUrl } from './phone.js';
import type { Card } from './vcard.js';
import { styles } from './press-contact.styles.js';

export type { IomCopyDetail } from '../events/copy.js';

type Field = IomCopyDetail['field'];

/** The properties the contact is made of: a change to any of them makes the card again. */
const CONTACT = ['name', 'jobTitle', 'office', 'phone', 'email', 'subject'] as const;

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
 * @fires {IomCopyEvent} iom-copy - After a copy button is used. `detail: { field: 'phone' | 'email', ok: boolean }`;
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
    headingLevel: { attribute: 'heading-level', converter: numberAttribute },
  };

  static override readonly tagName = 'iom-press-contact';

  static override styles = styles;

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
  declare headingLevel: number | undefined;

  /** The contact as shown (trimmed, blank fields `undefined`) with its links; `undefined` when it has no field. */
  #card: Card | undefined;

  /** The heading text given, trimmed; `undefined` for the localized default. */
  #heading: string | undefined;

  #headingLevel: HeadingLevel = DEFAULT_HEADING_LEVEL;

  /** The last copy, shown on its button and announced, until focus leaves the button. */
  #copied: IomCopyDetail | undefined;

  #setCopied(copied: IomCopyDetail | undefined): void {
    if (copied === this.#copied) return;
    this.#copied = copied;
    this.requestUpdate();
  }

  // Listeners on the shadow root rather than in the template: no event bindings to set up.
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.addEventListener('click', this.#onClick);
    root.addEventListener('focusout', this.#onFocusOut);
    return root;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.textProperties([...CONTACT, 'heading']);
    // Checked on the first update too, given or not: a contact without any field says so.
    if (!this.hasUpdated || CONTACT.some((name) => changed.has(name))) this.#card = this.#checkedCard();
    if (changed.has('heading')) this.#heading = this.heading?.trim();
    if (changed.has('headingLevel'))
      this.#headingLevel = headingLevel(this.headingLevel, this.getAttribute('heading-level'), this.warn);
  }

  /** The contact the properties describe, with one warning for each value that cannot be linked. */
  #checkedCard(): Card | undefined {
    const [name, title, org, phone, email] = [this.name, this.jobTitle, this.office, this.phone, this.email].map(
      (value) => value?.trim() || undefined,
    );
    // Built from validated digits and a validated address, and through the one allow-list all the same.
    const tel = phone && safeUrl(telUrl(phone));
    const mailto = email && safeUrl(mailtoUrl(email, this.subject?.trim()));
    const unlinked = 'shown as text without a link';
    if (phone && !tel) this.warn('attribute "phone"', this.phone, 'is not a phone number', unlinked);
    if (email && !mailto) this.warn('attribute "email"', this.email, 'is not an email address', unlinked);
    if (name || title || org || phone || email) return { name, title, org, phone, email, tel, mailto };
    this.warn('attributes "name", "job-title", "office", "phone", "email"', '', 'are all empty', 'rendered nothing');
    return undefined;
  }

  /** One listener for the three buttons. */
  readonly #onClick = ({ target }: Event): void => {
    const { id } = target as Element;
    const card = this.#card!; // the contact as shown when the button was pressed
    if (id === 'vcard') void this.#downloadVcard(card);
    else if (id.startsWith('copy-')) void this.#copy(id.slice('copy-'.length) as Field, card);
  };

  /** A copy result stays on its button until focus moves on. */
  readonly #onFocusOut = (): void => this.#setCopied(undefined);

  async #copy(field: Field, card: Card): Promise<void> {
    // Emptied first, so that copying twice announces twice.
    this.#setCopied(undefined);
    await this.updateComplete;
    let ok = true;
    try {
      await navigator.clipboard.writeText(card[field]!);
    } catch {
      // No Clipboard API (insecure page) or permission denied: the person copies the selection.
      ok = false;
      getSelection()?.selectAllChildren(this.renderRoot.querySelector(`#${field}`)!);
    }
    this.#setCopied({ field, ok });
    this.dispatchEvent(new IomCopyEvent({ field, ok }));
  }

  /** The vCard code loads when first needed. */
  async #downloadVcard(card: Card): Promise<void> {
    await import('./vcard.js').then(
      ({ downloadVcard }) => downloadVcard(card),
      (error: unknown) => this.warn('vCard', String(error), 'could not be loaded', 'downloaded nothing'),
    );
  }

  protected override render(): TemplateResult | typeof nothing {
    const card = this.#card;
    if (!card) return nothing;
    const download = msg('Download vCard', { desc: 'Button that downloads the contact as a .vcf file (vCard).' });
    return html`<div class="base" part="base">
      ${this.#renderHeading()}
      <address part="address">
        ${this.#renderPerson(card)} ${this.#renderReachable('phone', card.phone, card.tel)}
        ${this.#renderReachable('email', card.email, card.mailto)}
        <p class="line"><button id="vcard" part="button vcard" aria-labelledby="vcard name">${download}</button></p>
      </address>
      <p class="visually-hidden" role="status">${this.#status()}</p>
    </div>`;
  }

  #renderHeading(): TemplateResult | typeof nothing {
    const text = this.#heading ?? msg('Press contact', { desc: 'Default heading of a press contact block.' });
    return text ? heading(this.#headingLevel, 'heading', text) : nothing;
  }

  /** Who the contact is: name, job title and office, those given. */
  #renderPerson({ name, title, org }: Card): TemplateResult {
    return html`${name && html`<p class="name" part="name" id="name">${name}</p>`}
    ${title && html`<p class="job-title" part="job-title">${title}</p>`}
    ${org && html`<p class="office" part="office">${org}</p>`}`;
  }

  /** The phone or the email: a link and its copy button, or text when it cannot be linked. */
  #renderReachable(field: Field, text: string | undefined, href: string | undefined): TemplateResult | typeof nothing {
    if (!href) return text ? html`<p class="line" part=${field}>${text}</p>` : nothing;
    return html`<p class="line linked">
      <a id=${field} part="link ${field}" href=${href}>${text}</a>
      <button id="copy-${field}" part="button copy" aria-labelledby="copy-${field} ${field}">${this.#copyLabel(field)}</button>
    </p>`;
  }

  /** What a copy button says: "Copy", or how its last copy went. */
  #copyLabel(field: Field): string {
    const copied = this.#copied;
    if (copied?.field !== field) return msg('Copy', { desc: 'Button that copies the phone number or email address beside it.' });
    return copied.ok
      ? msg('Copied', { desc: 'The copy button once the value is on the clipboard.' })
      : msg('Not copied', { desc: 'The copy button when the browser refused to copy.' });
  }

  /** What the live region announces: how the last copy went, or nothing. */
  #status(): string {
    if (!this.#copied) return '';
    return this.#copied.ok
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
}
