/** `vertical`, ` Horizontal ` … → the layout; anything else `undefined`. */
export function parseLayout(value: unknown): string | undefined {
  const layout = String(value).trim().toLowerCase();
  return ['vertical', 'horizontal', 'featured'].includes(layout) ? layout : undefined;
}

/** A valid `date` attribute. */
export interface NewsDate {
  /** The value for `<time datetime>`, as given (trimmed). */
  datetime: string;
  date: Date;
  /** A date without a time: a calendar date, the same day in every time zone (formatted in UTC). */
  calendar: boolean;
}

/** `2018-09-05` or `2018-09-05T14:30:00+02:00` → a {@link NewsDate}; anything else `undefined`. */
export function parseDate(value: unknown): NewsDate | undefined {
  const datetime = String(value).trim();
  // ISO 8601 in the extended form `Date` parses: a date, optionally a time, optionally an offset.
  const match = /^\d{4}-\d\d-(\d\d)(T\d\d:\d\d(:\d\d(\.\d{1,3})?)?(Z|[+-]\d\d:\d\d)?)?$/.exec(datetime);
  const date = new Date(datetime);
  // `Date` rolls 2018-02-30 over into March: refuse a day that its month does not have.
  return match && !isNaN(+date) && new Date(datetime.slice(0, 10)).getUTCDate() === +match[1]!
    ? { datetime, date, calendar: !match[2] }
    : undefined;
}
