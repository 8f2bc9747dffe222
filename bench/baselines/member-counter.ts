import { LitElement, css, html } from 'lit';

/**
 * Render-benchmark baseline for `<iom-member-counter>`: the smallest plain-Lit element that shows
 * the same sentence and figures, styled alike ("175 Member States, present in 171 countries").
 * No decorators, no localization, no validation, no animation, no `src`, no screen-reader copy.
 */
export class BaselineMemberCounter extends LitElement {
  static override properties = {
    memberStates: { type: Number, attribute: 'member-states' },
    countries: { type: Number },
  };

  static override styles = css`
    :host {
      display: block;
    }
    .figures {
      margin: 0;
      font-family: 'Open Sans', system-ui, sans-serif;
      font-size: 20px;
      line-height: 1.4;
      color: #18375f;
    }
    .number {
      font-size: 48px;
      font-weight: 700;
      line-height: 1.2;
      color: #0033a0;
      font-variant-numeric: tabular-nums;
    }
  `;

  declare memberStates: number;
  declare countries: number;

  constructor() {
    super();
    this.memberStates = 175;
    this.countries = 171;
  }

  override render() {
    return html`<p class="figures">
      <span class="number">${this.memberStates}</span> Member States, present in
      <span class="number">${this.countries}</span> countries
    </p>`;
  }
}

customElements.define('baseline-member-counter', BaselineMemberCounter);
