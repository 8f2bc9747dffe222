import { LitElement, css, html } from 'lit';

/** The navigation data of the benchmark: sections of groups of links. */
export interface BaselineNavSection {
  label: string;
  groups: { label: string; links: { label: string; href: string }[] }[];
}

/**
 * Render-benchmark baseline for `<iom-mega-nav>`: the smallest plain-Lit disclosure navigation
 * showing the same content. A `<nav><ul>` with one `<button aria-expanded aria-controls>` per
 * section and a `hidden` panel of link groups; a click toggles one panel. No decorators, no
 * validation, no keyboard handling, no narrow layout, no current-page marking, no localization.
 */
export class BaselineMegaNav extends LitElement {
  static override properties = {
    sections: { attribute: false },
    open: { state: true },
  };

  static override styles = css`
    :host {
      display: block;
      font-family: 'Open Sans', system-ui, sans-serif;
      font-size: 16px;
      color: #18375f;
    }
    nav {
      position: relative;
    }
    .sections {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    button {
      font: inherit;
      color: inherit;
      background: none;
      border: 0;
      padding: 8px 12px;
      cursor: pointer;
    }
    .panel {
      position: absolute;
      inset-inline: 0;
      top: 100%;
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
      gap: 16px;
      padding: 16px;
      background: #fff;
      border-top: 3px solid #0033a0;
    }
    .panel[hidden] {
      display: none;
    }
    .group-label {
      margin: 0 0 8px;
      font-weight: 700;
    }
    .links {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    a {
      color: inherit;
    }
  `;

  declare sections: BaselineNavSection[];
  declare open: number;

  constructor() {
    super();
    this.sections = [];
    this.open = -1;
  }

  override render() {
    return html`<nav aria-label="Main">
      <ul class="sections">
        ${this.sections.map(
          (section, s) =>
            html`<li>
              <button
                type="button"
                aria-expanded=${this.open === s ? 'true' : 'false'}
                aria-controls="panel-${s}"
                @click=${() => (this.open = this.open === s ? -1 : s)}
              >
                ${section.label}
              </button>
              <div class="panel" id="panel-${s}" ?hidden=${this.open !== s}>
                ${section.groups.map(
                  (group) =>
                    html`<div>
                      <p class="group-label">${group.label}</p>
                      <ul class="links">
                        ${group.links.map((link) => html`<li><a href=${link.href}>${link.label}</a></li>`)}
                      </ul>
                    </div>`,
                )}
              </div>
            </li>`,
        )}
      </ul>
    </nav>`;
  }
}

customElements.define('baseline-mega-nav', BaselineMegaNav);
