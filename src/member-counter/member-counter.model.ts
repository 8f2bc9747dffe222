import { toNumber } from '../core/attributes.js';

/** The two figures the counter shows. */
export interface Figures {
  memberStates: number;
  countries: number;
}

/** What a figure must be, for the warnings: anything above 1000 is a typo, not a count of states or countries. */
export const FIGURE = 'a whole number from 0 to 1000';

/** A whole number from 0 to 1000, given as a number or as digits; `undefined` otherwise. */
export function parseFigure(value: unknown): number | undefined {
  const number = toNumber(value) ?? -1;
  return Number.isInteger(number) && number >= 0 && number <= 1000 ? number : undefined;
}

/** Milliseconds ≥ 0; `undefined` otherwise. */
export function parseDuration(value: unknown): number | undefined {
  const number = toNumber(value) ?? -1;
  return number >= 0 ? number : undefined;
}

/** Validates a `src` answer `{ "memberStates": number, "countries": number }`. */
export function validateFigures(json: unknown): Figures | string {
  const figures = Object(json) as Record<string, unknown>;
  for (const key of ['memberStates', 'countries']) {
    const value = figures[key];
    if (typeof value !== 'number' || parseFigure(value) === undefined) return `"${key}" must be ${FIGURE}`;
  }
  return figures as unknown as Figures;
}
