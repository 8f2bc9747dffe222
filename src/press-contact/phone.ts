/**
 * Where an extension starts: `ext. 12`, `ext 12`, `extension 12`, `x12`, `#12`, `poste 12`,
 * `;ext=12`, followed by nothing but its digits.
 */
const EXTENSION = /\s*[,;]?\s*(?:ext(?:ension)?|poste|x|#)\.?\s*[:=]?\s*(?=\d+$)/i;
/** Spaces (no-break ones too), dots, dashes, slashes and brackets people put between digits. */
const SEPARATORS = /[\s()./\u2010-\u2015-]/g;

/**
 * The `tel:` URL of a phone number written for people (DESIGN §7), given trimmed: `+` and digits
 * in E.164 form (`+1 202 716 8820` → `tel:+12027168820`), a leading `00` read as `+`, the trunk
 * `(0)` of `+44 (0)20 …` dropped, a number without a country prefix kept as its national digits
 * (no guessing), an extension as `;ext=12`. Arabic-Indic digits count as digits.
 *
 * @returns `undefined` for anything that is not a phone number.
 */
export function telUrl(phone: string): string | undefined {
  // Arabic-Indic (U+0660–0669) and Eastern Arabic-Indic (U+06F0–06F9) digits: the low 4 bits are the digit.
  const western = phone.replace(/[٠-٩۰-۹]/g, (digit) => `${digit.charCodeAt(0) & 15}`);
  const [main = '', extension] = western.split(EXTENSION);
  const digits = (/^(\+|00)/.test(main) ? main.replace('(0)', '') : main).replace(SEPARATORS, '').replace(/^00/, '+');
  if (!/^(\+[1-9]\d{6,14}|\d{3,15})$/.test(digits)) return undefined;
  return `tel:${digits}${extension ? `;ext=${extension}` : ''}`;
}
