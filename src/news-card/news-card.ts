import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { numberAttribute } from '../core/attributes.js';
import { IomElement } from '../core/iom-element.js';
import { DEFAULT_HEADING_LEVEL, heading, headingLevel, type HeadingLevel } from '../core/heading.js';
import { formatDate } from '../core/intl.js';
import { FETCH_SCHEMES, LINK_SCHEMES, safeUrl } from '../core/safe-url.js';
import { parseDate, parseLayout, type NewsCardLayout, type NewsDate } from './news-card.model.js';
import { styles } from './news-card.styles.js';

// A click on these, inside the card, does its own thing rather than following the headline link.
const INTERACTIVE = 'a[href],button,input,select,textarea,summary,label,[tabindex]';

/**
 * A news article card: image, category, headline, dateline and date, and an excerpt.
 *
 * The headline is a real heading (`heading-level`, default 3) holding the card's only link and
 * tab stop. A click anywhere else on the card follows that link too, except a click that ends a
 * text selection, and except links and controls in the excerpt, which keep their own. The date
 * follows the page locale (`<html lang>`) inside `<time datetime>`. The image box is sized by its
 * aspect ratio before it loads (no layout shift); a branded placeholder fills it when there is no
 * image or it fails to load.
 *
 * @tagname iom-news-card
 * @summary A news article card: one link, one tab stop, a localized date, no layout shift.
 *
 * @slot - The excerpt, rendered as given (usually one or more `<p>`).
 *
 * @csspart base - The wrapper of everything the element renders (positions the focus ring).
 * @csspart card - The visible card: border, background, corners; lays out image and body.
 * @csspart media - The image box, which shows the placeholder until (or unless) the image loads.
 * @csspart image - The `<img>`.
 * @csspart body - Everything under (or beside) the image.
 * @csspart category - The category above the headline.
 * @csspart headline - The heading element.
 * @csspart link - The headline link.
 * @csspart dateline - Location and date.
 * @csspart date - The `<time>` element.
 *
 * @cssproperty --iom-news-card-image-ratio - Aspect ratio of the image box. Default `16 / 9`.
 * @cssproperty --iom-news-card-headline-size - Font size of the headline; `featured` enlarges it. Default `20px`.
 * @cssproperty --iom-color-primary - Category colour and placeholder, `#0033A0`.
 * @cssproperty --iom-color-navy - Headline colour and placeholder, `#18375F`.
 * @cssproperty --iom-color-grey - Dateline colour, `#666666`.
 * @cssproperty --iom-color-surface - Card background, `#FFFFFF`.
 * @cssproperty --iom-color-focus - Focus ring, `#418FDE`.
 * @cssproperty --iom-radius - Card corners, `4px`.
 * @cssproperty --iom-space - Card padding, `16px`.
 * @cssproperty --iom-font-family - Default `'Open Sans'`, then the system stack.
 * @cssproperty --iom-color-text - Excerpt colour, `#1A1A1A`.
 * @cssproperty --iom-font-size - Base font size, `16px`.
 */
export class IomNewsCard extends IomElement {
  static override properties = {
    headline: {},
    href: {},
    date: {},
    location: {},
    image: {},
    imageAlt: { attribute: 'image-alt' },
    category: {},
    headingLevel: { attribute: 'heading-level', converter: numberAttribute },
    layout: {},
  };

  static override readonly tagName = 'iom-news-card';

  static override styles = styles;

  /** The article's title, shown as a heading; it holds the link. */
  declare headline: string | undefined;

  /** The article's URL (http, https, mailto, tel or relative). Without a safe one the card is not a link. */
  declare href: string | undefined;

  /**
   * Publication date, ISO 8601: a date (`2018-09-05`, the same day in every time zone) or a
   * date-time with an offset (`2018-09-05T14:30:00-04:00`, shown in the reader's time zone).
   */
  declare date: string | undefined;

  /** The dateline, shown before the date: `Washington, D.C.`. */
  declare location: string | undefined;

  /** Image URL (http, https or relative). Without one, or if it fails to load, a branded placeholder. */
  declare image: string | undefined;

  /** Text alternative of the image. Empty or missing: the image is decorative (`alt=""`). */
  declare imageAlt: string | undefined;

  /** A short label above the headline: `Press release`. */
  declare category: string | undefined;

  /** Level of the headline, 2–6. Default 3. */
  declare headingLevel: number | undefined;

  /**
   * `vertical` (image on top, the default), `horizontal` (image at the inline start) or `featured`
   * (larger, for two grid columns). The attribute may be written in any case, with spaces around.
   */
  declare layout: NewsCardLayout | undefined;

  // What the properties say, checked in `willUpdate`: text trimmed (blank is `undefined`), unsafe URLs dropped.
  #headline: string | undefined;
  #href: string | undefined;
  #image: string | undefined;
  /** `''` for a decorative image. */
  #imageAlt = '';
  #date: NewsDate | undefined;
  #location: string | undefined;
  #category: string | undefined;
  #layout: NewsCardLayout = 'vertical';
  #headingLevel: HeadingLevel = DEFAULT_HEADING_LEVEL;

  /** The image URL that failed to load: the placeholder shows instead. */
  #brokenImage: string | undefined;

  /** Whether the current mouse press started a text selection (see `#onClick`). */
  #selecting = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.textProperties(['headline', 'href', 'date', 'location', 'image', 'imageAlt', 'category', 'layout']);
    // Everything is checked on the first update, given or not: a card without a headline says so.
    const check = (name: keyof IomNewsCard) => !this.hasUpdated || changed.has(name);
    if (check('headline')) {
      this.#headline = trimmed(this.headline);
      if (!this.#headline) this.warn('attribute "headline"', this.headline ?? '', 'is empty', 'rendered no heading and no link');
    }
    if (check('href'))
      this.#href = this.#checkedUrl(
        'href',
        this.href,
        LINK_SCHEMES,
        'an http(s), mailto, tel or relative URL',
        'rendered no link',
      );
    if (check('image'))
      this.#image = this.#checkedUrl('image', this.image, FETCH_SCHEMES, 'an http(s) or relative URL', 'showed the placeholder');
    if (check('imageAlt')) this.#imageAlt = this.imageAlt?.trim() ?? '';
    if ((check('image') || check('imageAlt')) && this.#image && typeof this.imageAlt !== 'string')
      this.warn('attribute "image"', this.image, 'has no image-alt', 'used alt="" (decorative)');
    if (check('date')) {
      this.#date = parseDate(this.date);
      if (typeof this.date === 'string' && !this.#date)
        this.warn('attribute "date"', this.date, 'is not an ISO 8601 date or date-time', 'showed no date');
    }
    if (check('location')) this.#location = trimmed(this.location);
    if (check('category')) this.#category = trimmed(this.category);
    if (check('layout'))
      this.#layout = this.checkedAttribute(
        'layout',
        this.layout ?? 'vertical',
        parseLayout,
        'vertical',
        'vertical, horizontal or featured',
      );
    if (check('headingLevel'))
      this.#headingLevel = headingLevel(this.headingLevel, this.getAttribute('heading-level'), this.warn);
  }

  /** A URL attribute through the allow-list; an unsafe one is dropped with one warning. */
  #checkedUrl(
    attribute: string,
    value: string | undefined,
    schemes: readonly string[],
    expected: string,
    consequence: string,
  ): string | undefined {
    const url = safeUrl(value, schemes);
    if (value?.trim() && !url) this.warn(`attribute "${attribute}"`, value, `is not ${expected}`, consequence);
    return url;
  }

  #onMouseDown(): void {
    this.#selecting = false;
  }

  #onSelectStart(): void {
    this.#selecting = true;
  }

  #onClick(event: MouseEvent): void {
    const link = this.renderRoot.querySelector('a');
    const path = event.composedPath();
    if (
      link &&
      !event.defaultPrevented &&
      // Links and controls inside the card (up to the card itself) do their own thing.
      !path.slice(0, path.indexOf(event.currentTarget!)).some((node) => (node as Element).matches?.(INTERACTIVE)) &&
      // A press that started a selection and left text selected ends a selection, not a click. A
      // selection from before does not count: Firefox keeps it through a click on the image box.
      !(this.#selecting && String(getSelection()))
    )
      // Same modifier keys and button, so Ctrl/Cmd/Shift+click opens a tab or window as on the link.
      link.dispatchEvent(new MouseEvent('click', event));
  }

  #onImageError(event: Event): void {
    this.#brokenImage = (event.target as HTMLImageElement).getAttribute('src')!;
    this.requestUpdate();
  }

  protected override render(): TemplateResult {
    const linked = this.#headline && this.#href;
    const image = this.#image === this.#brokenImage ? undefined : this.#image;
    return html`<article
      class="base ${this.#layout} ${linked ? 'linked' : ''} ${image ? '' : 'no-image'}"
      part="base"
      @mousedown=${this.#onMouseDown}
      @selectstart=${this.#onSelectStart}
      @click=${this.#onClick}
    >
      <div class="card" part="card">
        <div class="media" part="media">${image ? this.#renderImage(image) : nothing}</div>
        <div class="body" part="body">
          ${this.#renderHeadline()}
          <p class="category" part="category" ?hidden=${!this.#category}>${this.#category}</p>
          ${this.#renderDateline()}
          <slot></slot>
        </div>
      </div>
    </article>`;
  }

  #renderImage(src: string): TemplateResult {
    return html`<img
      part="image"
      src=${src}
      alt=${this.#imageAlt}
      loading="lazy"
      decoding="async"
      @error=${this.#onImageError}
    />`;
  }

  /** The heading, holding the link when there is one; nothing without a headline. */
  #renderHeadline(): TemplateResult | typeof nothing {
    const headline = this.#headline;
    if (!headline) return nothing;
    const content = this.#href ? html`<a class="link" part="link" href=${this.#href}>${headline}</a>` : headline;
    return heading(this.#headingLevel, 'headline', content);
  }

  /** Location and date, the date in the page locale; hidden without both. */
  #renderDateline(): TemplateResult {
    const location = this.#location;
    const date = this.#date;
    return html`<p class="dateline" part="dateline" ?hidden=${!location && !date}>
      <span dir="auto">${location}</span>${location && date ? ' — ' : ''}<time
        part="date"
        datetime=${ifDefined(date?.datetime)}
        ?hidden=${!date}
        >${date && formatDate(date.date, this.locale.formatting, date.calendar)}</time
      >
    </p>`;
  }
}

/** Text without the spaces around it; blank text is `undefined`. */
function trimmed(text: string | undefined): string | undefined {
  return text?.trim() || undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'iom-news-card': IomNewsCard;
  }
}
