/*
 * Property-based tests of the member counter's parsers and of its `src` validator (issue 13): on
 * any value they end, never throw, and give only figures the counter can show.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { MAX_DURATION, parseDuration, parseFigure, validateFigures } from '../../src/member-counter/member-counter.model.js';
import { anyText, check } from './arbitraries.js';

/** Numbers of every kind, written as numbers or as text with whitespace around, and anything else. */
const value = fc.oneof(
  fc.integer({ min: -10, max: 1010 }),
  fc.double(),
  fc.constantFrom(0, -0, 1000, 1001, 0.5, NaN, Infinity, -Infinity, Number.MAX_VALUE, Number.MIN_VALUE),
  fc
    .tuple(
      fc.constantFrom('', ' ', '\n', '\u00a0'),
      fc.oneof(fc.integer({ min: -10, max: 1010 }).map(String), fc.constantFrom('-0', '+5', '1e3', '0x10', '.0', '5.', '1_000')),
    )
    .map(([space, number]) => `${space}${number}${space}`),
  anyText(2000),
  fc.anything({ maxDepth: 2 }),
);

/** A figure the counter can show: a whole number from 0 to 1000, and not -0, which it would show as "-0". */
function expectFigure(figure: number) {
  expect(Number.isInteger(figure) && figure >= 0 && figure <= 1000, String(figure)).to.equal(true);
  expect(Object.is(figure, -0), 'not -0').to.equal(false);
}

describe('member counter figures (property-based)', () => {
  it('are whole numbers from 0 to 1000 (never -0), or nothing', () =>
    check(
      fc.property(value, (given) => {
        const figure = parseFigure(given);
        if (figure !== undefined) expectFigure(figure);
      }),
    ));

  it('read every whole number from 0 to 1000 written with whitespace around', () =>
    check(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.constantFrom('', ' ', '\n\t', '\u00a0'), (figure, space) => {
        expect(parseFigure(`${space}${figure}${space}`)).to.equal(figure);
        expect(parseFigure(figure)).to.equal(figure);
      }),
    ));

  it('durations are numbers of milliseconds from 0 to 60000, or nothing', () =>
    check(
      fc.property(value, (given) => {
        const duration = parseDuration(given);
        if (duration !== undefined) expect(duration >= 0 && duration <= MAX_DURATION, String(duration)).to.equal(true);
      }),
    ));

  it('a src answer is two figures the counter can show, or a reason', () =>
    check(
      fc.property(
        fc.oneof(
          { weight: 3, arbitrary: fc.record({ memberStates: value, countries: value }) },
          fc.record({ memberStates: value, countries: value }, { requiredKeys: [] }),
          fc.jsonValue(),
          fc.anything({ maxDepth: 2 }),
        ),
        (json) => {
          const figures = validateFigures(json);
          if (typeof figures !== 'string') [figures.memberStates, figures.countries].forEach(expectFigure);
        },
      ),
    ));
});
