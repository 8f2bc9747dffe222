import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import { numberAttribute } from '../core/attributes.js';
import { IomElement } from '../core/iom-element.js';
import { formatNumber, pluralForm } from '../core/intl.js';
import { JsonSourceController } from '../core/controllers/json-source.controller.js';
import { CountUpController } from './count-up.controller.js';
import { DEFAULT_FIGURES } from './member-counter.data.js';
import { DURATION_RANGE, FIGURE, parseDuration, parseFigure, validateFigures, type Figures } from './member-counter.model.js';
import { styles } from './member-counter.styles.js';

const DURATION = 1500;

/**
 * IOM's reach in one sentence — "175 Member States, present in 171 countries" — whose figures
 * count up once when the element is at least half visible.
 *
 * Screen readers get the sentence with the final figures from the start; the animated digits are
 * hidden from them. Under `prefers-reduced-motion: reduce` the final figures show from the first
 * paint. Numbers follow the page locale (`<html lang>`), labels use its plural rules.
 *
 * @tagname iom-member-counter
 * @summary IOM’s Member States and countries, counted up when scrolled into view.
 *
 * @csspart base - The wrapper of everything the element renders.
 * @csspart sentence - The visible sentence (hidden from screen readers while it counts: they read the final figures).
 * @csspart number - Each figure.
 *
 * @cssproperty --iom-member-counter-number-size - Font size of the figures. Default `48px`.
 * @cssproperty --iom-member-counter-number-color - Colour of the figures. Default `--iom-color-primary`.
 * @cssproperty --iom-member-counter-text-size - Font size of the words around them. Default `20px`.
 * @cssproperty --iom-color-primary - IOM blue, `#0033A0`.
 * @cssproperty --iom-color-navy - Text colour of the sentence, `#18375F`.
 * @cssproperty --iom-font-family - Default `'Open Sans'`, then the system stack.
 */
export class IomMemberCounter extends IomElement {
  static override readonly tagName = 'iom-member-counter';

  static override styles = styles;

  static override properties = {
    memberStates: { attribute: 'member-states', converter: numberAttribute },
    countries: { converter: numberAttribute },
    src: {},
    duration: { converter: numberAttribute },
  };

  /** Number of Member States: a whole number from 0 to 1000. Default 175. */
  declare memberStates: number | undefined;

  /** Number of countries where IOM is present: a whole number from 0 to 1000. Default 171. */
  declare countries: number | undefined;

  /**
   * URL of a JSON document `{ "memberStates": number, "countries": number }` (http, https or
   * relative). Once loaded it wins over the attributes; while loading, or if it fails, the last
   * good figures stay.
   */
  declare src: string | undefined;

  /** Length of the count-up in milliseconds, at most 60000. Default 1500; 0 shows the final figures at once. */
  declare duration: number | undefined;

  /** The last valid `member-states` and `countries` (the defaults until one is set). */
  #figures: Figures = { ...DEFAULT_FIGURES };
  /** The last valid `duration`. */
  #duration = DURATION;
  readonly #source = new JsonSourceController(this, { warn: this.warn, validate: validateFigures });
  readonly #countUp = new CountUpController(this, { duration: () => this.#duration, done: this.serverRendered });

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.textProperties(['src']);
    // A bad value is warned about once, and the last good one stays.
    for (const key of ['memberStates', 'countries'] as const) {
      if (!changed.has(key)) continue;
      const value = this[key];
      const attribute = key === 'countries' ? key : 'member-states';
      this.#figures[key] =
        value === undefined || value === null
          ? DEFAULT_FIGURES[key]
          : this.checkedAttribute(attribute, value, parseFigure, this.#figures[key], FIGURE);
    }
    if (changed.has('duration'))
      this.#duration = this.checkedAttribute(
        'duration',
        this.duration ?? DURATION,
        parseDuration,
        this.#duration,
        DURATION_RANGE,
      );
    if (changed.has('src')) this.#source.setUrl(this.src);
  }

  protected override render(): TemplateResult {
    const { memberStates, countries } = this.#source.value ?? this.#figures;
    const locale = this.locale.formatting;
    const uiLocale = this.locale.ui;
    const number = (figure: number) => formatNumber(figure, locale);
    const statesLabel = pluralForm(
      msg('one{Member State} other{Member States}', {
        desc: 'Plural forms of the label after the number of Member States, one entry per CLDR plural category of the language, e.g. one{…} other{…}; Arabic: zero{…} one{…} two{…} few{…} many{…} other{…}.',
      }),
      memberStates,
      uiLocale,
    );
    const countriesLabel = pluralForm(
      msg('one{country} other{countries}', {
        desc: 'Plural forms of the label after the number of countries where IOM is present; same format as the Member States label.',
      }),
      countries,
      uiLocale,
    );
    // While counting, screen readers get the final sentence and never the animation, and the
    // invisible final figure reserves each number's width. Done (or nothing to animate): one
    // sentence for everyone, the same element.
    const { progress } = this.#countUp;
    const counting = progress < 1;
    const figure = (value: number) =>
      counting
        ? html`<span class="number counting" part="number"
            ><span class="final">${number(value)}</span><span>${number(Math.round(value * progress))}</span></span
          >`
        : html`<span class="number" part="number">${number(value)}</span>`;
    return html`<div class="base" part="base">
      ${
        counting
          ? html`<p class="visually-hidden">${sentence(number(memberStates), statesLabel, number(countries), countriesLabel)}</p>`
          : nothing
      }
      <p class="figures" part="sentence" aria-hidden=${ifDefined(counting ? 'true' : undefined)}>
        ${sentence(figure(memberStates), statesLabel, figure(countries), countriesLabel)}
      </p>
    </div>`;
  }
}

/** One translated sentence serves both the screen-reader text and the visible, animated one. */
function sentence(memberStates: unknown, statesLabel: string, countries: unknown, countriesLabel: string) {
  return msg(html`${memberStates} ${statesLabel}, present in ${countries} ${countriesLabel}`, {
    id: 'member-counter.sentence',
    desc: 'IOM’s reach. Placeholders: number of Member States, its label, number of countries, its label.',
  });
}

declare global {
  interface HTMLElementTagNameMap {
    [IomMemberCounter.tagName]: IomMemberCounter;
  }
}
