/*
 * Property-based tests of the news card's parsers (issue 13): every ISO 8601 date and date-time
 * the format allows is read as the instant it names, every value out of range is refused, and no
 * string (or other value a page can set) makes them throw.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseDate, parseLayout } from '../../src/news-card/news-card.model.js';
import { anyText, check, TRICKY } from './arbitraries.js';

const pad = (number: number, width = 2) => String(number).padStart(width, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The fields of a date-time; years before 100 are refused by design (`Date` reads 0–99 as 1900–1999). */
const fields = fc
  .record({
    year: fc.integer({ min: 100, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    time: fc.option(
      fc.record({
        hours: fc.integer({ min: 0, max: 23 }),
        minutes: fc.integer({ min: 0, max: 59 }),
        seconds: fc.option(
          fc.record({
            seconds: fc.integer({ min: 0, max: 59 }),
            fraction: fc.option(fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 3 }), {
              nil: undefined,
            }),
          }),
          { nil: undefined },
        ),
        offset: fc.option(
          fc.oneof(
            fc.constant('Z' as const),
            fc.record({
              sign: fc.constantFrom(1, -1),
              hours: fc.integer({ min: 0, max: 23 }),
              minutes: fc.integer({ min: 0, max: 59 }),
            }),
          ),
          {
            nil: undefined,
          },
        ),
      }),
      { nil: undefined },
    ),
  })
  .filter(({ year, month, day }) => day <= daysIn(year, month));
type Fields = typeof fields extends fc.Arbitrary<infer T> ? T : never;

/** `fields` written in the extended ISO 8601 form. */
function written({ year, month, day, time }: Fields): string {
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (!time) return date;
  const { hours, minutes, seconds, offset } = time;
  const second = seconds ? `:${pad(seconds.seconds)}${seconds.fraction === undefined ? '' : `.${seconds.fraction}`}` : '';
  const zone =
    offset === undefined
      ? ''
      : offset === 'Z'
        ? 'Z'
        : `${offset.sign < 0 ? '-' : '+'}${pad(offset.hours)}:${pad(offset.minutes)}`;
  return `${date}T${pad(hours)}:${pad(minutes)}${second}${zone}`;
}

/** The instant `fields` name: a calendar date at UTC midnight, a date-time without an offset in the reader's time zone. */
function instant({ year, month, day, time }: Fields): number {
  if (!time) return Date.UTC(year, month - 1, day);
  const { hours, minutes, seconds, offset } = time;
  const parts = [year, month - 1, day, hours, minutes, seconds?.seconds ?? 0, +(seconds?.fraction ?? '').padEnd(3, '0')] as const;
  if (offset === undefined) return new Date(...parts).getTime();
  const shift = offset === 'Z' ? 0 : offset.sign * (offset.hours * 60 + offset.minutes) * 60_000;
  return Date.UTC(...parts) - shift;
}

describe('dates (property-based)', () => {
  it('read every date and date-time of the format as the instant it names, with whitespace around', () =>
    check(
      fc.property(fields, fc.constantFrom('', ' ', '\n\t', '\u00a0'), (value, space) => {
        const parsed = parseDate(`${space}${written(value)}${space}`);
        expect(parsed, written(value)).to.deep.equal({
          datetime: written(value),
          date: new Date(instant(value)),
          calendar: !value.time,
        });
      }),
    ));

  /** One field pushed out of its range. */
  const outOfRange = fc.oneof(
    fields.chain((value) => fc.integer({ min: daysIn(value.year, value.month) + 1, max: 99 }).map((day) => ({ ...value, day }))),
    fields.chain((value) => fc.constantFrom(0, 13, 99).map((month) => ({ ...value, month, day: 1 }))),
    fields.map((value) => ({ ...value, day: 0 })),
    fields.chain((value) =>
      fc
        .record({ hours: fc.integer({ min: 24, max: 99 }), minutes: fc.integer({ min: 0, max: 59 }) })
        .map((time) => ({ ...value, time: { ...time, seconds: undefined, offset: undefined } })),
    ),
    fields.chain((value) =>
      fc
        .record({ hours: fc.integer({ min: 0, max: 23 }), minutes: fc.integer({ min: 60, max: 99 }) })
        .map((time) => ({ ...value, time: { ...time, seconds: undefined, offset: undefined } })),
    ),
    fields.chain((value) =>
      fc.integer({ min: 60, max: 99 }).map((seconds) => ({
        ...value,
        time: { hours: 12, minutes: 0, seconds: { seconds, fraction: undefined }, offset: undefined },
      })),
    ),
    fields.chain((value) =>
      fc.tuple(fc.integer({ min: 24, max: 99 }), fc.integer({ min: 60, max: 99 }), fc.boolean()).map(([hours, minutes, big]) => ({
        ...value,
        time: {
          hours: 12,
          minutes: 0,
          seconds: undefined,
          offset: { sign: 1 as const, hours: big ? hours : 0, minutes: big ? 0 : minutes },
        },
      })),
    ),
    fields.chain((value) => fc.integer({ min: 0, max: 99 }).map((year) => ({ ...value, year, month: 1, day: 1 }))),
  );

  it('refuse a date or a time with a field out of range', () =>
    check(
      fc.property(outOfRange, (value) => {
        expect(parseDate(written(value)), written(value)).to.equal(undefined);
      }),
    ));

  /** A valid value with one character replaced, inserted or removed. */
  const mutated = fc
    .tuple(fields.map(written), fc.nat(), fc.constantFrom(...TRICKY, ''), fc.integer({ min: 0, max: 1 }))
    .map(
      ([text, at, char, remove]) =>
        `${text.slice(0, at % (text.length + 1))}${char}${text.slice((at % (text.length + 1)) + remove)}`,
    );
  const values = fc.oneof(
    mutated,
    anyText(2000),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constantFrom(null, undefined),
    fc.date(),
    fc.array(fc.string()),
  );

  it('never throw, and give a valid date for the text as written, or nothing', () =>
    check(
      fc.property(values, (value) => {
        const parsed = parseDate(value);
        if (parsed === undefined) return;
        expect(parsed.datetime).to.equal(String(value).trim());
        expect(parsed.date.toISOString()).to.be.a('string'); // throws for an invalid date
        expect(parsed.calendar).to.equal(!parsed.datetime.includes('T'));
      }),
    ));
});

describe('layouts (property-based)', () => {
  it('read any case and whitespace around, and nothing else', () =>
    check(
      fc.property(
        fc.constantFrom('vertical', 'horizontal', 'featured'),
        fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
        fc.constantFrom('', ' ', '\n', '\t '),
        (layout, upper, space) => {
          const written = [...layout].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('');
          expect(parseLayout(`${space}${written}${space}`)).to.equal(layout);
        },
      ),
    ));

  it('refuse anything else without throwing', () =>
    check(
      fc.property(fc.oneof(anyText(2000), fc.integer(), fc.constantFrom(null, undefined)), (value) => {
        const layout = parseLayout(value);
        if (layout !== undefined) expect(String(value).trim().toLowerCase()).to.equal(layout);
      }),
    ));
});
