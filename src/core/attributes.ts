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
