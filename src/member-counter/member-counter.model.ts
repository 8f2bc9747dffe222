import { toNumber } from '../core/attributes.js';

/** The two figures the counter shows. */
export interface Figures {
  memberStates: number;
  countries: number;
}

/** Anything above this is a typo, not a count of states or countries. */
export const MAX_FIGURE = 1000;
export const FIGURE_EXPECTED = `a whole number from 0 to ${MAX_FIGURE}`;
export const DEFAULT_DURATION = 1500;

/** A whole number from 0 to 1000, given as a number or as digits; `undefined` otherwise. */
export function parseFigure(value: unknown): number | undefined {
  const number = toNumber(value);
  return number !== undefined && Number.isInteger(number) && number >= 0 && number <= MAX_FIGURE ? number : undefined;
}

/** Milliseconds ≥ 0; `undefined` otherwise. */
export function parseDuration(value: unknown): number | undefined {
  const number = toNumber(value);
  return number !== undefined && number >= 0 ? number : undefined;
}

/** Validates a `src` answer `{ "memberStates": number, "countries": number }`. */
export function validateFigures(json: unknown): Figures | string {
  const record = (typeof json === 'object' && json) || {};
  for (const key of ['memberStates', 'countries'] as const) {
    const value = (record as Record<string, unknown>)[key];
    if (typeof value !== 'number' || parseFigure(value) === undefined) return `"${key}" must be ${FIGURE_EXPECTED}`;
  }
  return record as Figures;
}
