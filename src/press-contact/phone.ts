/**
 * The longest phone number read, as written: far more than 15 digits, an extension and their
 * separators take. Anything longer is no phone number, and no pattern runs over it.
 */
const MAX_LENGTH = 100;
/**
 * Where an extension starts: `ext. 12`, `ext 12`, `extension 12`, `x12`, `#12`, `poste 12`,
 * `;ext=12`, followed by nothing but its digits (at most 9, as libphonenumber reads after an `x`).
 * The `,` or `;` before it is dropped in `telUrl`: a pattern that also took the spaces before the
 * marker would try every split of a long run of spaces.
 */
const EXTENSION = /(?:ext(?:ension)?|poste|x|#)\.?\s*(?:[:=]\s*)?(\d{1,9})$/i;
/** Spaces (no-break ones too), dots, dashes, slashes and brackets people put between digits. */
const SEPARATORS = /[\s()./\u2010-\u2015-]/g;
/**
 * A number that can exist, by the rules that need no table of countries: E.164's 15 digits at most,
 * exactly 10 national digits after `+1` (North America), at least 6 digits after any other `+` (4-digit
 * national numbers exist behind +43, +49 and +98), 3 to 15 digits for a national number (`112`).
 */
const POSSIBLE = /^(?:\+(?:1\d{10}|[2-9]\d{5,14})|\d{3,15})$/;

/**
 * The `tel:` URL of a phone number written for people, given trimmed: `+` and digits in E.164
 * form (`+1 202 716 8820` → `tel:+12027168820`), a leading `00` read as `+`, the trunk `(0)` of
 * `+44 (0)20 …` dropped, a number without a country prefix kept as its national digits (no
 * guessing), an extension as `;ext=12`. Arabic-Indic digits count as digits.
 *
 * @returns `undefined` for anything that is not a phone number or cannot exist (see `POSSIBLE`).
 */
export function telUrl(phone: string): string | undefined {
  if (phone.length > MAX_LENGTH) return undefined;
  // Arabic-Indic (U+0660–0669) and Eastern Arabic-Indic (U+06F0–06F9) digits: the low 4 bits are the digit.
  const western = phone.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => `${digit.charCodeAt(0) & 15}`);
  const extension = EXTENSION.exec(western);
  const main = extension ? western.slice(0, extension.index).trimEnd().replace(/[,;]$/, '') : western;
  const digits = (/^(?:\+|00)/.test(main) ? main.replace('(0)', '') : main).replace(SEPARATORS, '').replace(/^00/, '+');
  if (!POSSIBLE.test(digits)) return undefined;
  return `tel:${digits}${extension ? `;ext=${extension[1]}` : ''}`;
}
