import { ownFields } from './attributes.js';

/*
 * Intl formatters cost tens of milliseconds to create: they are made on first use and cached
 * per locale, never at module load.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
/** One pattern per plural category, e.g. `one{…}`. */
const formPatterns = new Map<string, RegExp>();

/** The value cached under `key`, made by `create` the first time. */
export function cached<F>(cache: Map<string, F>, key: string, create: () => F): F {
  let value = cache.get(key);
  if (!value) cache.set(key, (value = create()));
  return value;
}

/**
 * The digits of every formatter: Latin, unless the locale names its own (`ar-u-nu-arab`). Engines
 * disagree on the default for Arabic (WebKit writes ١٧٥, Chromium and Firefox 175): asking keeps a
 * page the same in every browser.
 */
function numberingSystem(locale: string): string {
  return new Intl.Locale(locale).numberingSystem ?? 'latn';
}

/** `1234567` → `1 234 567` (fr, narrow no-break spaces), `1,234,567` (en and ar). */
export function formatNumber(value: number, locale: string): string {
  const create = () => new Intl.NumberFormat(locale, ownFields({ numberingSystem: numberingSystem(locale) }));
  return cached(numberFormats, locale, create).format(value);
}

/**
 * Picks the plural form of a translated label for `count`. Forms are written
 * `one{Member State} other{Member States}`: one entry per CLDR plural category the language uses
 * (Arabic has zero, one, two, few, many and other). A missing category falls back to `other`.
 */
export function pluralForm(forms: string, count: number, locale: string): string {
  const category = cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(count);
  const pick = (name: string) => cached(formPatterns, name, () => new RegExp(`(?:^|\\s)${name}\\{([^}]*)\\}`)).exec(forms)?.[1];
  return pick(category) ?? pick('other') ?? forms;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date in long style: `5 septembre 2018` (fr), `September 5, 2018` (en), `5 سبتمبر 2018` (ar).
 * With `utc`, in UTC: a calendar date (`2018-09-05`, parsed as UTC midnight) is then the same day
 * in every time zone. Without, in the reader's time zone.
 */
export function formatDate(date: Date, locale: string, utc = false): string {
  const create = () =>
    new Intl.DateTimeFormat(
      locale,
      ownFields<Intl.DateTimeFormatOptions>({
        dateStyle: 'long',
        timeZone: utc ? 'UTC' : undefined,
        numberingSystem: numberingSystem(locale),
      }),
    );
  return cached(dateFormats, utc ? `${locale} UTC` : locale, create).format(date);
}
