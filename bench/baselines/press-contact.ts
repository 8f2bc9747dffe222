import { LitElement, css, html } from 'lit';

/**
 * Render-benchmark baseline for `<iom-press-contact>`: the smallest plain-Lit element showing the
 * same contact, styled alike. A heading, then an `<address>` with name, job title, office, a
 * `tel:` link, a `mailto:` link, a copy button beside each and a "Download vCard" button. No
 * decorators, no validation, no localization, no live region, no handlers behind the buttons.
 */
export class BaselinePressContact extends LitElement {
  static override properties = {
    name: {},
    jobTitle: { attribute: 'job-title' },
    office: {},
    phone: {},
    email: {},
  };

  static override styles = css`
    :host {
      display: block;
    }
    .base {
      border-inline-start: 4px solid #0033a0;
      padding-inline-start: 16px;
      font-family: 'Open Sans', system-ui, sans-serif;
      font-size: 16px;
      line-height: 1.5;
      color: #1a1a1a;
    }
    h3 {
      margin: 0 0 4px;
      font-size: 20px;
      line-height: 1.3;
      color: #18375f;
    }
    address {
      font-style: normal;
    }
    p {
      margin: 0;
    }
    .name {
      font-weight: 700;
    }
    .line {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 12px;
      margin-block-start: 8px;
    }
    a {
      color: #0033a0;
    }
    button {
      min-block-size: 32px;
      padding: 4px 12px;
      border: 1px solid #0033a0;
      border-radius: 4px;
      background: #fff;
      color: #0033a0;
      font: inherit;
      font-size: 14px;
    }
  `;

  declare name: string;
  declare jobTitle: string;
  declare office: string;
  declare phone: string;
  declare email: string;

  override render() {
    return html`<div class="base">
      <h3>Press contact</h3>
      <address>
        <p class="name">${this.name}</p>
        <p>${this.jobTitle}</p>
        <p>${this.office}</p>
        <p class="line">
          <a href="tel:${this.phone.replace(/[^+\d]/g, '')}">${this.phone}</a>
          <button>Copy</button>
        </p>
        <p class="line">
          <a href="mailto:${this.email}">${this.email}</a>
          <button>Copy</button>
        </p>
        <p class="line"><button>Download vCard</button></p>
      </address>
    </div>`;
  }
}

customElements.define('baseline-press-contact', BaselinePressContact);
