import { LitElement, css, html } from 'lit';

/**
 * Render-benchmark baseline for `<iom-news-card>`: the smallest plain-Lit element showing the same
 * card, styled alike. An image box of 16:9, the category, a heading holding the link, the dateline
 * with a `<time>`, and the excerpt slot. No decorators, no validation, no localization (the date is
 * shown as given), no placeholder, no container queries, no click handling.
 */
export class BaselineNewsCard extends LitElement {
  static override properties = {
    headline: {},
    href: {},
    date: {},
    location: {},
    image: {},
    imageAlt: { attribute: 'image-alt' },
    category: {},
  };

  static override styles = css`
    :host {
      display: block;
    }
    article {
      display: flex;
      flex-direction: column;
      block-size: 100%;
      overflow: hidden;
      border: 1px solid #d1d7df;
      border-radius: 4px;
      background: #fff;
      font-family: 'Open Sans', system-ui, sans-serif;
      font-size: 16px;
      line-height: 1.5;
      color: #1a1a1a;
    }
    img {
      display: block;
      inline-size: 100%;
      aspect-ratio: 16 / 9;
      object-fit: cover;
      background: #0033a0;
    }
    .body {
      display: flex;
      flex-direction: column;
      gap: 8px;
      padding: 16px;
    }
    p {
      margin: 0;
      font-size: 14px;
    }
    h3 {
      margin: 0;
      font-size: 20px;
      line-height: 1.3;
      color: #18375f;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
  `;

  declare headline: string;
  declare href: string;
  declare date: string;
  declare location: string;
  declare image: string;
  declare imageAlt: string;
  declare category: string;

  override render() {
    return html`<article>
      <img src=${this.image} alt=${this.imageAlt} loading="lazy" decoding="async" />
      <div class="body">
        <p>${this.category}</p>
        <h3><a href=${this.href}>${this.headline}</a></h3>
        <p>${this.location} — <time datetime=${this.date}>${this.date}</time></p>
        <slot></slot>
      </div>
    </article>`;
  }
}

customElements.define('baseline-news-card', BaselineNewsCard);
