/** The card layouts; the first is the default. */
export const LAYOUTS = ['vertical', 'horizontal', 'featured'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** `vertical`, ` Horizontal ` … → the layout; anything else `undefined`. */
export function parseLayout(value: unknown): Layout | undefined {
  const layout = String(value).trim().toLowerCase() as Layout;
  return LAYOUTS.includes(layout) ? layout : undefined;
}

/** A valid `date` attribute. */
export interface NewsDate {
  /** The value for `<time datetime>`, as given (trimmed). */
  datetime: string;
  date: Date;
  /** A date without a time: a calendar date, the same day in every time zone (formatted in UTC). */
  calendar: boolean;
}

// ISO 8601 in the extended form `Date` parses: a date, optionally a time, optionally an offset.
const ISO = /^(\d{4})-(\d\d)-(\d\d)(T\d\d:\d\d(?::\d\d(?:\.\d{1,3})?)?(?:Z|[+-]\d\d:\d\d)?)?$/;

/** `2018-09-05` or `2018-09-05T14:30:00+02:00` → a {@link NewsDate}; anything else `undefined`. */
export function parseDate(value: unknown): NewsDate | undefined {
  const datetime = String(value).trim();
  const match = ISO.exec(datetime);
  if (!match) return undefined;
  const date = new Date(datetime);
  const day = Number(match[3]);
  // `Date` rolls 2018-02-30 over into March: refuse a day that its month does not have.
  if (Number.isNaN(date.getTime()) || new Date(Date.UTC(+match[1]!, +match[2]! - 1, day)).getUTCDate() !== day) return undefined;
  return { datetime, date, calendar: !match[4] };
}
