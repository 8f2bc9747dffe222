import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { IomElement } from '../core/iom-element.js';
import { checkedAttribute, textProperties } from '../core/attributes.js';
import { heading, headingLevel } from '../core/heading.js';
import { formatDate } from '../core/intl.js';
import { FETCH_SCHEMES, LINK_SCHEMES, safeUrl } from '../core/safe-url.js';
import { tokens } from '../core/tokens.styles.js';
import { warn } from '../core/warn.js';
import { parseDate, parseLayout } from './news-card.model.js';
import { styles } from './news-card.styles.js';

const TAG = 'iom-news-card';

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
    headingLevel: { attribute: 'heading-level' },
    layout: {},
    brokenImage: { state: true },
  };

  static override styles = [tokens, styles];

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
  declare headingLevel: number | string | undefined;

  /** `vertical` (image on top, the default), `horizontal` (image at the inline start) or `featured` (larger, for two grid columns). */
  declare layout: string | undefined;

  /** The image URL that failed to load. */
  declare private brokenImage: string | undefined;

  /** Whether the current mouse press started a text selection (see `onClick`). */
  private selecting = false;

  private onMouseDown(): void {
    this.selecting = false;
  }

  private onSelectStart(): void {
    this.selecting = true;
  }

  private onClick(event: MouseEvent): void {
    const link = this.renderRoot.querySelector('a');
    const path = event.composedPath();
    if (
      link &&
      !event.defaultPrevented &&
      // Links and controls inside the card (up to the card itself) do their own thing.
      !path.slice(0, path.indexOf(event.currentTarget!)).some((node) => (node as Element).matches?.(INTERACTIVE)) &&
      // A press that started a selection and left text selected ends a selection, not a click. A
      // selection from before does not count: Firefox keeps it through a click on the image box.
      !(this.selecting && String(getSelection()))
    )
      // Same modifier keys and button, so Ctrl/Cmd/Shift+click opens a tab or window as on the link.
      link.dispatchEvent(new MouseEvent('click', event));
  }

  private onImageError(event: Event): void {
    this.brokenImage = (event.target as HTMLImageElement).getAttribute('src')!;
  }

  protected override willUpdate(): void {
    textProperties(this, TAG, ['headline', 'href', 'date', 'location', 'image', 'imageAlt', 'category', 'layout']);
  }

  protected override render(): TemplateResult {
    const headline = this.headline?.trim();
    if (!headline) warn(TAG, 'attribute "headline"', this.headline ?? '', 'is empty', 'rendered no heading and no link');
    const href = checkedUrl('href', this.href, LINK_SCHEMES, 'an http(s), mailto, tel or relative URL', 'rendered no link');
    const src = checkedUrl('image', this.image, FETCH_SCHEMES, 'an http(s) or relative URL', 'showed the placeholder');
    if (src && this.imageAlt == null) warn(TAG, 'attribute "image"', this.image, 'has no image-alt', 'used alt="" (decorative)');
    const date = parseDate(this.date);
    if (this.date != null && !date)
      warn(TAG, 'attribute "date"', this.date, 'is not an ISO 8601 date or date-time', 'showed no date');
    const location = this.location?.trim();
    const category = this.category?.trim();
    const layout = checkedAttribute(
      TAG,
      'layout',
      this.layout ?? 'vertical',
      parseLayout,
      'vertical',
      'vertical, horizontal or featured',
    );
    const link = headline && href;
    const image = src === this.brokenImage ? undefined : src;

    return html`<article
      class="base ${layout} ${link ? 'linked' : ''} ${image ? '' : 'no-image'}"
      part="base"
      @mousedown=${this.onMouseDown}
      @selectstart=${this.onSelectStart}
      @click=${this.onClick}
    >
      <div class="card" part="card">
        <div class="media" part="media">
          ${
            image
              ? html`<img
                  part="image"
                  src=${image}
                  alt=${this.imageAlt?.trim() ?? ''}
                  loading="lazy"
                  decoding="async"
                  @error=${this.onImageError}
                />`
              : nothing
          }
        </div>
        <div class="body" part="body">
          ${
            headline
              ? heading(
                  headingLevel(TAG, this.headingLevel),
                  'headline',
                  link ? html`<a class="link" part="link" href=${link}>${headline}</a>` : headline,
                )
              : nothing
          }
          <p class="category" part="category" ?hidden=${!category}>${category}</p>
          <p class="dateline" part="dateline" ?hidden=${!location && !date}>
            <span dir="auto">${location}</span>${location && date ? ' — ' : ''}<time
              part="date"
              datetime=${ifDefined(date?.datetime)}
              ?hidden=${!date}
              >${date && formatDate(date.date, this.formattingLocale, date.calendar)}</time
            >
          </p>
          <slot></slot>
        </div>
      </div>
    </article>`;
  }
}

/** A URL attribute through the allow-list; an unsafe one is dropped with one warning. */
function checkedUrl(
  attribute: string,
  value: string | undefined,
  schemes: readonly string[],
  expected: string,
  consequence: string,
) {
  const url = safeUrl(value, schemes);
  if (value?.trim() && !url) warn(TAG, `attribute "${attribute}"`, value, `is not ${expected}`, consequence);
  return url;
}

declare global {
  interface HTMLElementTagNameMap {
    'iom-news-card': IomNewsCard;
  }
}
