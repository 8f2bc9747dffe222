/*
 * Property-based tests of the press contact's parsers and of its vCard (issue 13): on long, random
 * and adversarial strings each one ends, never throws and keeps its invariants. The vCard is read
 * back by ical.js (Mozilla's parser, the one Thunderbird reads contacts with) as the oracle.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import ICAL from 'ical.js';
import '../../src/iom-press-contact.js';
import { safeUrl } from '../../src/core/safe-url.js';
import { mailtoUrl } from '../../src/press-contact/email.js';
import { telUrl } from '../../src/press-contact/phone.js';
import { vcard } from '../../src/press-contact/vcard.js';
import { fixture, html } from '../support/helpers.js';
import { anyText, check, text, TRICKY } from './arbitraries.js';
import { captureErrors } from './support.js';

const digit = fc.integer({ min: 0, max: 9 }).map(String);
const digits = (minLength: number, maxLength: number) => fc.string({ unit: digit, minLength, maxLength });

/** Strings made of what phone numbers are made of: digits (of three scripts), separators, prefixes and extension markers. */
const phoneLike = fc
  .array(
    fc.oneof(
      digits(1, 4),
      fc.constantFrom(
        ' ',
        '  ',
        '.',
        '-',
        '/',
        '(',
        ')',
        '(0)',
        '+',
        '00',
        '٣',
        '۷',
        '\u00a0',
        '\u2013',
        'ext. ',
        'x',
        '#',
        ';ext=',
        'poste ',
      ),
    ),
    {
      maxLength: 20,
    },
  )
  .map((parts) => parts.join(''));

/** A phone as the element reads it: any text (phone.ts's super-linear pattern is another point of the issue: runs stay short). */
const phone = fc.oneof(phoneLike, anyText(60));

/** The digits of a string, Arabic-Indic ones as the digits they are. */
const digitsOf = (text: string) => text.replace(/[٠-٩۰-۹]/g, (d) => `${d.charCodeAt(0) & 15}`).replace(/\D/g, '');

describe('phone numbers (property-based)', () => {
  it('always end in a tel: URL of "+" and digits (an extension of digits) made of the digits given, or in nothing', () =>
    check(
      fc.property(phone, (written) => {
        const tel = telUrl(written);
        if (tel === undefined) return;
        // The length rules are phone.test.ts's (and libphonenumber's): here, only E.164's 15 digits.
        expect(tel).to.match(/^tel:(?:\+[1-9]\d{0,14}|\d{1,15})(?:;ext=\d+)?$/);
        expect(safeUrl(tel)).to.equal(tel);
        // No digit invented: the link's digits appear, in order, among those written.
        const pattern = new RegExp([...digitsOf(tel)].join('.*'));
        expect(digitsOf(written)).to.match(pattern);
      }),
    ));

  const separator = fc.constantFrom('', ' ', '  ', '.', '-', '/', '\u00a0', '\u2010', '\u2011', '\u2013', '\u2015', ' - ', '. ');
  const extensionMarker = fc.constantFrom(
    'ext. ',
    'ext ',
    'extension ',
    'x',
    '#',
    'poste ',
    ';ext=',
    ' ext. ',
    ' x',
    ', ext. ',
    'EXT. ',
    ' Ext ',
  );
  /** A number written as people write it, and the same number written compactly. */
  const written = fc
    .record({
      international: fc.boolean(),
      prefix: fc.constantFrom('+', '00'),
      number: digits(3, 15),
      separators: fc.array(separator, { minLength: 15, maxLength: 15 }),
      script: fc.array(fc.constantFrom(0x30, 0x660, 0x6f0), { minLength: 15, maxLength: 15 }),
      extension: fc.option(fc.tuple(extensionMarker, digits(1, 6)), { nil: undefined }),
    })
    .map(({ international, prefix, number, separators, script, extension }) => {
      const lead = international ? `${prefix}${separators[14]}` : '';
      const grouped = [...number].map((d, i) => `${i ? separators[i] : ''}${String.fromCharCode(script[i]! + +d)}`).join('');
      return {
        formatted: `${lead}${grouped}${extension ? extension.join('') : ''}`,
        compact: `${international ? '+' : ''}${number}${extension ? `;ext=${extension[1]}` : ''}`,
      };
    });

  it('read a number the same however it is grouped, prefixed (+ or 00), scripted or its extension marked', () =>
    check(
      fc.property(written, ({ formatted, compact }) => {
        expect(telUrl(formatted), formatted).to.equal(telUrl(compact));
      }),
    ));
});

/** Addresses of the HTML grammar (`<input type="email">`) with a dotted domain. */
const label = fc
  .tuple(
    fc.string({ unit: fc.constantFrom(...'abcxyzABC019-'), maxLength: 61 }),
    fc.constantFrom(...'az09AZ'),
    fc.constantFrom(...'bz19'),
  )
  .map(([middle, first, last]) => (middle ? `${first}${middle}${last}` : first));
const address = fc
  .tuple(
    fc.string({ unit: fc.constantFrom(...".!#$%&'*+/=?^_`{|}~-azAZ09"), minLength: 1, maxLength: 64 }),
    fc.array(label, { minLength: 2, maxLength: 4 }),
  )
  .map(([local, labels]) => `${local}@${labels.join('.')}`)
  .filter((email) => email.length <= 254);

describe('email addresses (property-based)', () => {
  it('accept every address of the HTML grammar with a dotted domain', () =>
    check(
      fc.property(address, (email) => {
        expect(mailtoUrl(email), email).to.be.a('string');
      }),
    ));

  it('always end in a mailto: URL that reads back as the address, with no query or hash of its own, or in nothing', () =>
    check(
      fc.property(
        fc.oneof(
          address,
          anyText(300),
          address.map((email) => `${email}${TRICKY.join('')}`),
        ),
        (email) => {
          const mailto = mailtoUrl(email);
          if (mailto === undefined) return;
          expect(safeUrl(mailto)).to.equal(mailto);
          const url = new URL(mailto);
          expect([url.protocol, url.search, url.hash]).to.deep.equal(['mailto:', '', '']);
          expect(decodeURIComponent(url.pathname)).to.equal(email);
        },
      ),
    ));

  it('carry any subject, which reads back from the link (halves of surrogate pairs as U+FFFD), and never throw', () =>
    check(
      fc.property(address, text(), (email, subject) => {
        const mailto = mailtoUrl(email, subject)!;
        const read = new URL(mailto).searchParams.get('subject');
        expect(read).to.equal(subject ? subject.replace(/\p{Cs}/gu, '\ufffd') : null);
      }),
    ));
});

/** Card fields as the element gives them: trimmed, blank ones `undefined`. */
const field = fc.option(anyText(300, 100), { nil: undefined }).map((value) => value?.trim() || undefined);
const card = fc
  .record({
    name: field,
    title: field,
    org: field,
    phone: field,
    email: fc.option(fc.oneof(address, text()), { nil: undefined }),
  })
  .map((card) => ({
    ...card,
    tel: card.phone && safeUrl(telUrl(card.phone)),
    mailto: card.email && safeUrl(mailtoUrl(card.email)),
  }));

/**
 * What a text value reads back as: every kind of line break a newline, the other control
 * characters (but tab) gone, half a surrogate pair U+FFFD (as the file's UTF-8 has it).
 */
const readBack = (value: string) =>
  [...value.replace(/\r\n|[\r\v\f\u0085\u2028\u2029]/g, '\n')]
    .filter((char) => char === '\t' || char === '\n' || !/\p{Cc}/u.test(char))
    .map((char) => (/\p{Cs}/u.test(char) ? '\ufffd' : char))
    .join('');
/**
 * How ical.js reads a value that has no fields: it leaves `\;` as it is (RFC 6350 §3.4 lets a
 * writer escape `;` there and asks readers to undo it).
 */
const readBackUnstructured = (value: string) => readBack(value).replace(/;/g, '\\;');
/**
 * ical.js takes the `;` after an escaped backslash (`\\;`) for an escaped `;`, so it cannot read a
 * field of `N` that ends in a backslash: those names are left out of the comparison.
 */
const icalReads = (fields: string[]) => !fields.some((field) => field.endsWith('\\'));

describe('vCard (property-based, read back by ical.js)', () => {
  it('has exactly the properties given, one line each of at most 75 octets, and its values read back', () =>
    check(
      fc.property(card, ({ name, title, org, phone, email, tel, mailto }) => {
        // The file as the Blob writes it: UTF-8.
        const file = new TextDecoder().decode(new TextEncoder().encode(vcard({ name, title, org, phone, email, tel, mailto })));
        expect(file.endsWith('\r\n')).to.equal(true);
        for (const line of file.split('\r\n')) {
          expect(new TextEncoder().encode(line).length, line).to.be.at.most(75);
          // Nothing a reader could take for a line break, no control character but tab (RFC 6350 §3.3).
          // (Not `[^\P{Cc}\t]`: WebKitGTK 2.50 finds a match of it in "ﬃ０", where there is none.)
          expect(line).to.not.match(/(?!\t)\p{Cc}|[\u2028\u2029]/u);
        }
        const [kind, properties] = ICAL.parse(file) as [string, Array<[string, object, string, unknown]>];
        expect(kind).to.equal('vcard');
        const address = mailto && email;
        const words = name?.split(/\s+/) ?? [];
        const family = words.pop();
        const n = family === undefined ? [] : [family, words.join(' '), '', '', ''];
        const read = properties.map(([property, , , value]) => [property, property === 'n' && !icalReads(n) ? n : value]);
        const expected = [
          ['version', '4.0'],
          ['fn', readBackUnstructured(name || org || title || address || phone || '')],
          n.length && ['n', icalReads(n) ? n.map(readBack) : n],
          title && ['title', readBackUnstructured(title)],
          org && ['org', readBack(org)],
          tel && ['tel', tel],
          address && ['email', address],
        ].filter(Boolean);
        expect(read).to.deep.equal(expected);
      }),
    ));
});

describe('<iom-press-contact> (property-based)', () => {
  it('renders any name, phone, email and subject without an error', () =>
    check(
      fc.asyncProperty(text(), phone, fc.oneof(address, text()), text(), async (name, written, email, subject) => {
        const errors = captureErrors();
        try {
          const el = await fixture(
            html`<iom-press-contact .name=${name} .phone=${written} .email=${email} .subject=${subject}></iom-press-contact>`,
          );
          expect(el.shadowRoot!.childElementCount, 'rendered').to.be.above(0);
        } finally {
          errors.stop();
        }
        expect(errors.errors).to.deep.equal([]);
      }),
      60,
    ));
});
