/** The two figures the counter shows. */
export interface Figures {
  memberStates: number;
  countries: number;
}

/** Anything above this is a typo, not a count of states or countries. */
export const MAX_FIGURE = 1000;
export const DEFAULT_DURATION = 1500;

/** A whole number from 0 to 1000, given as a number or as digits; `undefined` otherwise. */
export function parseFigure(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 0 && number <= MAX_FIGURE
    ? number
    : undefined;
}

/** Milliseconds, a finite number ≥ 0 given as a number or digits; `undefined` otherwise. */
export function parseDuration(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number >= 0 ? number : undefined;
}

/** Validates a `src` answer `{ "memberStates": number, "countries": number }`. */
export function validateFigures(json: unknown): Figures | string {
  if (typeof json !== 'object' || json === null) return 'expected an object';
  const { memberStates, countries } = json as Record<string, unknown>;
  const figures = { memberStates: parseFigure(memberStates), countries: parseFigure(countries) };
  if (typeof memberStates !== 'number' || figures.memberStates === undefined)
    return `"memberStates" must be a whole number from 0 to ${MAX_FIGURE}`;
  if (typeof countries !== 'number' || figures.countries === undefined)
    return `"countries" must be a whole number from 0 to ${MAX_FIGURE}`;
  return figures as Figures;
}
