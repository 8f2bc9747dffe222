import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import { IomElement } from '../core/iom-element.js';
import { checkedAttribute, textProperties } from '../core/attributes.js';
import { formatNumber, pluralForm } from '../core/intl.js';
import { JsonSourceController } from '../core/json-source.js';
import { tokens } from '../core/tokens.styles.js';
import { CountUpController } from './count-up.controller.js';
import { DEFAULT_FIGURES } from './member-counter.data.js';
import { DURATION_RANGE, FIGURE, parseDuration, parseFigure, validateFigures, type Figures } from './member-counter.model.js';
import { styles } from './member-counter.styles.js';

const TAG = 'iom-member-counter';
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
  static override properties = {
    memberStates: { attribute: 'member-states' },
    countries: {},
    src: {},
    duration: {},
  };

  static override styles = [tokens, styles];

  /** Number of Member States: a whole number from 0 to 1000. Default 175. */
  declare memberStates: number | string | undefined;

  /** Number of countries where IOM is present: a whole number from 0 to 1000. Default 171. */
  declare countries: number | string | undefined;

  /**
   * URL of a JSON document `{ "memberStates": number, "countries": number }` (http, https or
   * relative). Once loaded it wins over the attributes; while loading, or if it fails, the last
   * good figures stay.
   */
  declare src: string | undefined;

  /** Length of the count-up in milliseconds, at most 60000. Default 1500; 0 shows the final figures at once. */
  declare duration: number | string;

  /** The last valid `member-states` and `countries` (the defaults until one is set). */
  private figures: Figures = { ...DEFAULT_FIGURES };
  private source = new JsonSourceController(this, { tag: TAG, validate: validateFigures });
  private countUp = new CountUpController(this, () => this.milliseconds());

  constructor() {
    super();
    this.duration = DURATION;
  }

  /**
   * Records a figure when it is set, not at the next render: of many values set in one task, a bad
   * last one keeps the last good one before it, as it would had each been rendered.
   */
  override requestUpdate(...args: Parameters<IomElement['requestUpdate']>): void {
    const key = args[0] as keyof Figures;
    if (key in DEFAULT_FIGURES) {
      const figure = this[key] == null ? DEFAULT_FIGURES[key] : parseFigure(this[key]);
      if (figure !== undefined) this.figures[key] = figure;
    }
    super.requestUpdate(...args);
  }

  private milliseconds(): number {
    return checkedAttribute(TAG, 'duration', this.duration, parseDuration, DURATION, DURATION_RANGE);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Warns about a bad value that stays.
    for (const key of ['memberStates', 'countries'] as const) {
      const kept = this.figures[key];
      const attribute = key === 'countries' ? key : 'member-states';
      if (changed.has(key)) checkedAttribute(TAG, attribute, this[key] ?? kept, parseFigure, kept, FIGURE);
    }
    // A bad duration is warned about when set, even once the count is over.
    if (changed.has('duration')) this.milliseconds();
    textProperties(this, TAG, ['src']);
    if (changed.has('src')) this.source.setUrl(this.src);
  }

  protected override render(): TemplateResult {
    const { memberStates, countries } = this.source.value ?? this.figures;
    const locale = this.formattingLocale;
    const uiLocale = this.uiLocale;
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
    const { progress } = this.countUp;
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
    'iom-member-counter': IomMemberCounter;
  }
}
