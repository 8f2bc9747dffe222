import { warn } from './warn.js';

/** A finite number given as a number or a numeric string (`12`, ` 1500 `); `undefined` otherwise. */
export function toNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

/**
 * The parsed value of an attribute, or `fallback` with one warning when it cannot be parsed,
 * e.g. `[iom-member-counter] attribute "member-states": "abc" is not a whole number from 0 to 1000; kept 175`.
 */
export function checkedAttribute<T>(
  tag: string,
  attribute: string,
  value: unknown,
  parse: (value: unknown) => T | undefined,
  fallback: T,
  expected: string,
): T {
  const parsed = parse(value);
  if (parsed !== undefined) return parsed;
  warn(tag, `attribute "${attribute}"`, value, `is not ${expected}`, `kept ${String(fallback)}`);
  return fallback;
}

/**
 * A copy of `value`'s own properties on an object without a prototype: a field it lacks stays
 * missing instead of being read from `Object.prototype`, where another script on the page may have
 * put one (a polluted `merge()`). For data given from outside (JSON, a property), and for the
 * options handed to the platform (`fetch`, observers, `Intl`) and to Lit, which read inherited
 * members too: `Object.prototype.style = 'percent'` would otherwise format every figure as a percentage.
 */
export const ownFields = <T extends object>(value: T): T => Object.assign(Object.create(null) as T, value);

/**
 * Makes the text properties `names` of `host` strings, for values set from JavaScript (React, a
 * script) rather than through attributes: a number becomes its digits, as its attribute would
 * (`phone = 2027168820`); `null` and `undefined` stay "not given"; anything else (an object, an
 * array, a boolean, a symbol…) is ignored, as if not given, with one warning. Called first in
 * `willUpdate`, so that the rest of the update reads strings only.
 */
export function textProperties<T extends object>(host: T, tag: string, names: readonly (keyof T & string)[]): void {
  const properties = host as Record<string, unknown>;
  for (const name of names) {
    const value = properties[name];
    if (value === null || value === undefined || typeof value === 'string') continue;
    if (typeof value === 'number') {
      properties[name] = String(value);
    } else {
      warn(tag, `property "${name}"`, value, 'is not a string', 'ignored it');
      properties[name] = undefined;
    }
  }
}
