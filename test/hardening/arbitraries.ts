/*
 * What the property-based tests (*.properties.test.ts) share: one fixed seed, so that a failure is
 * the same failure in every engine and on every run, and the strings that break parsers.
 */
import fc from 'fast-check';
import { captureWarnings } from '../support/helpers.js';

/**
 * The seed of every run. fast-check's failure message gives it with the counterexample and its
 * `path`: `fc.assert(property, { seed, path })` replays exactly that case.
 */
export const SEED = 13;

/** Runs `property` `numRuns` times from {@link SEED}, the warnings it causes silenced. */
export async function check<T>(property: fc.IProperty<T> | fc.IAsyncProperty<T>, numRuns = 300): Promise<void> {
  const warnings = captureWarnings();
  try {
    await fc.assert(property, { seed: SEED, numRuns });
  } catch (error) {
    // The report names the seed and the counterexample; what failed on it is the error's cause.
    if (error instanceof Error) error.message += `\nGot ${String(error.cause)}`;
    throw error;
  } finally {
    warnings.stop();
  }
}

/**
 * Characters that mean something to a parser or to a reader of what we write: separators and
 * escapes, quotes, every kind of line break, control characters, the halves of a surrogate pair,
 * combining marks, bidi and invisible characters, digits of other scripts, letters whose case
 * changes their length, and pieces of the formats we read.
 */
export const TRICKY = [
  ...'\\,;:"\'<>&=%#?/.-+()@ _*',
  ...'\t\n\r\v\f\0\x1c\x1b\x7f\x85\x9f\u00a0\u2028\u2029\u200b\u200d\u202e\u2066\ufeff\ufffd',
  '\r\n',
  '\ud800',
  '\udfff',
  '😀',
  '🇺🇸',
  'e\u0301',
  ...'éßİıﬃا٣۳０',
  ...'019xX#eTZ',
  'ext',
  'javascript:',
  'BEGIN:VCARD',
  'END:VCARD',
  'https://',
  '//',
];

/** Any UTF-16 code unit, lone surrogates included: what a property set from script can hold. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** Text of up to `maxLength` units: the tricky characters, any code point, ASCII, or any code unit. */
export const text = (maxLength = 60) =>
  fc.oneof(
    fc.string({ unit: fc.constantFrom(...TRICKY), maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme-ascii', maxLength }),
    fc.string({ unit: codeUnit, maxLength }),
  );

/** A run of up to `max` copies of one tricky character inside text: what makes a backtracking pattern slow. */
export const longRun = (max: number) =>
  fc
    .tuple(text(20), fc.constantFrom(...TRICKY), fc.integer({ min: 1, max }), text(20))
    .map(([before, char, count, after]) => `${before}${char.repeat(count)}${after}`);

/** Text, sometimes with a long run in it. */
export const anyText = (maxRun: number, maxLength = 60) => fc.oneof({ weight: 3, arbitrary: text(maxLength) }, longRun(maxRun));

/** Strings that look like URLs, or nearly: allowed and refused schemes in any case, controls, slashes, hosts, paths. */
export const urlish = fc
  .tuple(
    fc.constantFrom('', ' ', '\t', '\0', '\n\u0001', '/', './', '../', '?', '#'),
    fc.constantFrom(
      '',
      'https:',
      'http:',
      'HTTPS:',
      'mailto:',
      'tel:',
      'javascript:',
      'JaVa\tScRiPt:',
      'data:',
      'blob:',
      'file:',
      'x:',
    ),
    fc.constantFrom('', '//', '///', '\\\\', '/\\'),
    fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.domain(), text(30)),
  )
  .map((parts) => parts.join(''));

/** `text` with its whitespace collapsed, as the navigation shows labels. */
export const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim();
