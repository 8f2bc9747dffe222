import { html, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { IomElement } from '../core/iom-element.js';
import { formatNumber, pluralForm } from '../core/intl.js';
import { JsonSourceController } from '../core/json-source.js';
import { tokens } from '../core/tokens.styles.js';
import { checkedAttribute } from '../core/attributes.js';
import { CountUpController } from './count-up.js';
import { DEFAULT_FIGURES } from './member-counter.data.js';
import {
  DEFAULT_DURATION,
  FIGURE_EXPECTED,
  parseDuration,
  parseFigure,
  validateFigures,
  type Figures,
} from './member-counter.model.js';
import { styles } from './member-counter.styles.js';

const TAG = 'iom-member-counter';

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
 * @csspart sentence - The visible sentence (hidden from screen readers, which read the final figures).
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
  static override properties = {
    memberStates: { attribute: 'member-states' },
    countries: {},
    src: {},
    duration: {},
  };

  static override styles = [tokens, styles];

  /** Number of Member States: a whole number from 0 to 1000. Default 175. */
  get memberStates(): number | string | undefined {
    return this.figureInputs.memberStates;
  }
  set memberStates(value: number | string | undefined) {
    this.setFigure('memberStates', value);
  }

  /** Number of countries where IOM is present: a whole number from 0 to 1000. Default 171. */
  get countries(): number | string | undefined {
    return this.figureInputs.countries;
  }
  set countries(value: number | string | undefined) {
    this.setFigure('countries', value);
  }

  /**
   * URL of a JSON document `{ "memberStates": number, "countries": number }` (http, https or
   * relative). Once loaded it wins over the attributes; while loading, or if it fails, the last
   * good figures stay.
   */
  declare src: string | undefined;

  /** Length of the count-up in milliseconds. Default 1500; 0 shows the final figures at once. */
  declare duration: number | string;

  /** The `member-states` and `countries` values as set. */
  private figureInputs: Partial<Record<keyof Figures, number | string | undefined>> = {};
  /** Last valid figures from the attributes (the defaults until one is set). */
  private attributeFigures: Figures = { ...DEFAULT_FIGURES };
  private readonly source = new JsonSourceController(this, { tag: TAG, validate: validateFigures });
  private readonly countUp = new CountUpController(this, () =>
    checkedAttribute(TAG, 'duration', this.duration, parseDuration, DEFAULT_DURATION, 'a number of milliseconds ≥ 0'),
  );

  constructor() {
    super();
    this.duration = DEFAULT_DURATION;
  }

  /**
   * Records a figure when it is set, not at the next render: of many values set in one frame, a bad
   * last one keeps the last good one before it, as it would had each been rendered. (Lit wraps
   * these accessors and schedules the update.)
   */
  private setFigure(key: keyof Figures, value: number | string | undefined): void {
    this.figureInputs[key] = value;
    const figure = value == null ? DEFAULT_FIGURES[key] : parseFigure(value);
    if (figure !== undefined) this.attributeFigures[key] = figure;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const figure = (key: keyof Figures, attribute: string) => {
      const fallback = this.attributeFigures[key];
      checkedAttribute(TAG, attribute, this[key] ?? fallback, parseFigure, fallback, FIGURE_EXPECTED); // warns when bad
    };
    if (changed.has('memberStates')) figure('memberStates', 'member-states');
    if (changed.has('countries')) figure('countries', 'countries');
    if (changed.has('src')) this.source.setUrl(this.src);
  }

  protected override render(): TemplateResult {
    const { memberStates, countries } = this.source.value ?? this.attributeFigures;
    const locale = this.formattingLocale;
    const statesLabel = pluralForm(
      msg('one{Member State} other{Member States}', {
        desc: 'Plural forms of the label after the number of Member States, one entry per CLDR plural category of the language, e.g. one{…} other{…}; Arabic: zero{…} one{…} two{…} few{…} many{…} other{…}.',
      }),
      memberStates,
      this.uiLocale,
    );
    const countriesLabel = pluralForm(
      msg('one{country} other{countries}', {
        desc: 'Plural forms of the label after the number of countries where IOM is present; same format as the Member States label.',
      }),
      countries,
      this.uiLocale,
    );
    const animated = (final: number) => {
      const progress = this.countUp.progress;
      // While counting, the invisible final figure reserves the width; once done, plain text is cheaper to lay out.
      return progress < 1
        ? html`<span class="number counting" part="number"
            ><span class="final">${formatNumber(final, locale)}</span
            ><span>${formatNumber(Math.round(final * progress), locale)}</span></span
          >`
        : html`<span class="number" part="number">${formatNumber(final, locale)}</span>`;
    };
    return html`<div class="base" part="base">
      <p class="visually-hidden">
        ${sentence(formatNumber(memberStates, locale), statesLabel, formatNumber(countries, locale), countriesLabel)}
      </p>
      <p class="figures" part="sentence" aria-hidden="true">
        ${sentence(animated(memberStates), statesLabel, animated(countries), countriesLabel)}
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
    'iom-member-counter': IomMemberCounter;
  }
}
