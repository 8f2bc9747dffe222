/** The card's layouts: image on top, image at the inline start, larger over two grid columns. */
export const LAYOUTS = ['vertical', 'horizontal', 'featured'] as const;

export type NewsCardLayout = (typeof LAYOUTS)[number];

/** `vertical`, ` Horizontal ` … → the layout; anything else `undefined`. */
export function parseLayout(value: unknown): NewsCardLayout | undefined {
  const layout = String(value).trim().toLowerCase();
  return LAYOUTS.find((known) => known === layout);
}

/** A valid `date` attribute. */
export interface NewsDate {
  /** The value for `<time datetime>`, as given (trimmed). */
  datetime: string;
  date: Date;
  /** A date without a time: a calendar date, the same day in every time zone (formatted in UTC). */
  calendar: boolean;
}

/** ISO 8601 in the extended form: a date, optionally a time (to the minute, second or millisecond), optionally an offset. */
const ISO_DATE = /^(\d{4})-(\d\d)-(\d\d)(T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,3}))?)?(Z|([+-])(\d\d):(\d\d))?)?$/;

/**
 * `2018-09-05` or `2018-09-05T14:30:00+02:00` → a {@link NewsDate}; anything else `undefined`.
 * The fields are checked and combined here, not by `Date`'s parser, which reads values outside the
 * format each engine its own way (Firefox takes month 00 for December, WebKit second 60 for the next minute).
 */
export function parseDate(value: unknown): NewsDate | undefined {
  const datetime = String(value).trim();
  const match = ISO_DATE.exec(datetime);
  if (!match) return undefined;
  const [
    ,
    year,
    month,
    day,
    time,
    hours = '00',
    minutes = '00',
    seconds = '00',
    fraction = '',
    offset,
    sign,
    offsetHours = '0',
    offsetMinutes = '0',
  ] = match;
  const milliseconds = +fraction.padEnd(3, '0'); // `.5` is 500 ms
  const utc = new Date(Date.UTC(+year, +month - 1, +day, +hours, +minutes, +seconds, milliseconds));
  // A field out of range rolls over (2018-02-30 is read as March 2, 24:00 as the next day), so it
  // does not survive the round trip. (Nor do years 0–99, which Date.UTC reads as 1900–1999.)
  const valid = utc.toISOString().startsWith(`${year}-${month}-${day}T${hours}:${minutes}:${seconds}`);
  if (!valid || +offsetHours > 23 || +offsetMinutes > 59) return undefined;
  const offsetMs = (sign === '-' ? -1 : 1) * (+offsetHours * 60 + +offsetMinutes) * 60000;
  // A date-time without an offset is the reader's local time; a calendar date stays UTC midnight.
  const date =
    time && !offset ? new Date(+year, +month - 1, +day, +hours, +minutes, +seconds, milliseconds) : new Date(+utc - offsetMs);
  return { datetime, date, calendar: !time };
}
