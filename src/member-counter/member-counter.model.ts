import { ownFields, toNumber } from '../core/attributes.js';

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
  // `+ 0` makes -0 (which passes `>= 0`) a 0: `Intl.NumberFormat` would show "-0".
  return Number.isInteger(number) && number >= 0 && number <= 1000 ? number + 0 : undefined;
}

/** The longest count-up: past a minute, the figures would seem stuck (`duration="1e308"` never moves). */
export const MAX_DURATION = 60_000;
/** What a duration must be, for the warnings. */
export const DURATION_RANGE = `a number of milliseconds from 0 to ${MAX_DURATION}`;

/** Milliseconds from 0 to {@link MAX_DURATION}; `undefined` otherwise. */
export function parseDuration(value: unknown): number | undefined {
  const number = toNumber(value) ?? -1;
  return number >= 0 && number <= MAX_DURATION ? number : undefined;
}

/** Validates a `src` answer `{ "memberStates": number, "countries": number }`: its own properties only. */
export function validateFigures(json: unknown): Figures | string {
  const given = ownFields(json as Record<string, unknown>);
  const figures = {} as Figures;
  for (const key of ['memberStates', 'countries'] as const) {
    const value = given[key];
    const figure = typeof value === 'number' ? parseFigure(value) : undefined;
    if (figure === undefined) return `"${key}" must be ${FIGURE}`;
    figures[key] = figure;
  }
  return figures;
}
