import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { getCountries, getCountryCallingCode, isPossiblePhoneNumber } from 'libphonenumber-js';
import '../../src/iom-press-contact.js';
import { telUrl } from '../../src/press-contact/phone.js';
import type { IomPressContact } from '../../src/iom-press-contact.js';
import { fixture, html, warningsDuring } from '../support/helpers.js';
import { link } from './support.js';

/** The phone link a person gets for `phone`, and the warnings on the way. */
async function phoneLink(phone: string) {
  let el!: IomPressContact;
  const warnings = await warningsDuring(async () => {
    el = await fixture<IomPressContact>(html`<iom-press-contact phone=${phone}></iom-press-contact>`);
  });
  const a = link(el, 'phone');
  return { href: a?.getAttribute('href'), text: a?.textContent, warnings };
}

describe('iom-press-contact phone → tel: (E.164)', () => {
  const cases: Array<[string, string, string]> = [
    ['international, spaces', '+1 202 716 8820', 'tel:+12027168820'],
    ['brackets and dashes', '+1 (202) 716-8820', 'tel:+12027168820'],
    ['dots', '+1.202.716.8820', 'tel:+12027168820'],
    ['slashes', '+49 30/1234 5678', 'tel:+493012345678'],
    ['no-break and narrow no-break spaces (French typography)', '+33\u00a01\u202f23\u202f45\u202f67\u202f89', 'tel:+33123456789'],
    ['en dashes', '+1 202–716–8820', 'tel:+12027168820'],
    ['a leading 00 read as +', '0041 22 717 9111', 'tel:+41227179111'],
    ['the trunk (0) of an international number dropped', '+44 (0)20 7946 0958', 'tel:+442079460958'],
    ['Arabic-Indic digits', '+٩٧١ ٤ ٢٩٤ ٩٢٥٠', 'tel:+97142949250'],
    ['the longest E.164 number, 15 digits', '+49 30 1234 567 8901', 'tel:+493012345678901'],
    ['the shortest international number, 6 digits', '+43 1110', 'tel:+431110'],
    ['a national number keeps its digits (no guessing)', '(202) 716-8820', 'tel:2027168820'],
    ['a French national number keeps its leading 0', '01 23 45 67 89', 'tel:0123456789'],
    ['a short national number', '112', 'tel:112'],
    ['extension "ext. 12"', '+1 202 716 8820 ext. 12', 'tel:+12027168820;ext=12'],
    ['extension "ext 12"', '+1 202 716 8820 ext 12', 'tel:+12027168820;ext=12'],
    ['extension "Ext.12"', '+1 202 716 8820 Ext.12', 'tel:+12027168820;ext=12'],
    ['extension "x12"', '+1 202 716 8820 x12', 'tel:+12027168820;ext=12'],
    ['extension "X 12" stuck to the number', '+1 202 716 8820X 12', 'tel:+12027168820;ext=12'],
    ['extension ", extension 345"', '+1 202 716 8820, extension 345', 'tel:+12027168820;ext=345'],
    ['extension "#12"', '+1 202 716 8820 #12', 'tel:+12027168820;ext=12'],
    ['extension "poste 12" (French)', '+41 22 717 9111 poste 12', 'tel:+41227179111;ext=12'],
    ['extension ";ext=12" (RFC 3966)', '+1 202 716 8820;ext=12', 'tel:+12027168820;ext=12'],
    ['a national number with an extension', '(202) 716-8820 x7', 'tel:2027168820;ext=7'],
  ];
  for (const [what, phone, href] of cases) {
    it(`${what}: "${phone}" → ${href}, shown as written, no warning`, async () => {
      expect(await phoneLink(phone)).to.deep.equal({ href, text: phone, warnings: [] });
    });
  }

  const invalid: Array<[string, string]> = [
    ['words', 'ask the front desk'],
    ['a country code cannot start with 0', '+0 22 717 9111'],
    ['too short for an international number', '+1 234 56'],
    ['too short for any number', '11'],
    ['16 digits, over the E.164 limit', '+1234 5678 9012 3456'],
    ['letters in the number', '1-800-FLOWERS'],
    ['a + in the middle', '202 +716 8820'],
    ['an extension without digits', '+1 202 716 8820 ext. twelve'],
    ['an extension of 10 digits', '+1 202 716 8820 ext. 1234567890'],
    ['a North American number one digit short', '+1 202 716 882'],
    ['a North American number one digit long', '+1 202 716 88201'],
    ['a North American local number without its area code', '+1 716 8820'],
    ['longer than any phone number as written (100 characters)', `+41 22${' '.repeat(90)}717 9111`],
    ['a script URL', 'javascript:alert(1)'],
    ['a tel: URL is not a number as written', 'tel:+12027168820'],
  ];
  for (const [what, phone] of invalid) {
    it(`${what}: "${phone}" is shown as text, with one warning`, async () => {
      expect(await phoneLink(phone)).to.deep.equal({
        href: undefined,
        text: undefined,
        warnings: [
          `[iom-press-contact] attribute "phone": ${JSON.stringify(phone)} is not a phone number; shown as text without a link`,
        ],
      });
    });
  }
});

/**
 * libphonenumber-js, a development dependency only, says which numbers can exist. The browser
 * code keeps the rules that need no table of countries (`POSSIBLE` in phone.ts): telling that
 * `+41 22 717 91` is short takes each country's own lengths, 206 calling codes with 70 different
 * sets of lengths, which the oracle carries in its metadata and the CDN bundle cannot afford.
 */
describe('telUrl against libphonenumber-js on generated numbers', () => {
  interface Written {
    code: string;
    national: string;
    prefix: string;
    /** What comes before each digit but the first. */
    separators: string[];
    marker: string;
    extension: string | undefined;
  }
  /** A number as people write it, with its E.164 form, its count of digits and the link it gets. */
  function read({ code, national, prefix, separators, marker, extension }: Written) {
    const e164 = `+${code}${national}`;
    const written = [...`${code}${national}`].map((digit, i) => (i ? separators[i] : '') + digit).join('');
    const href = telUrl(`${prefix}${written}${extension ? marker + extension : ''}`);
    return { e164, count: e164.length - 1, href, tel: `tel:${e164}${extension ? `;ext=${extension}` : ''}` };
  }
  const assigned = [...new Set(getCountries().map((country) => getCountryCallingCode(country)))];
  const digits = (minLength: number, maxLength: number) =>
    fc.array(fc.constantFrom(...'0123456789'), { minLength, maxLength }).map((list) => list.join(''));
  /** An assigned calling code or any 1–3 digits, then 0–17 digits, written with any separators and extension. */
  const numbers = fc
    .record({
      code: fc.oneof(fc.constantFrom(...assigned), fc.integer({ min: 1, max: 999 }).map(String)),
      national: digits(0, 17),
      prefix: fc.constantFrom('+', '00'),
      separators: fc.array(fc.constantFrom('', '', ' ', '-', '.', '/', '\u00a0', '\u202f', '\u2013'), {
        minLength: 20,
        maxLength: 20,
      }),
      marker: fc.constantFrom(' ext. ', ' x', ';ext=', ' #', ', extension ', ' poste '),
      extension: fc.option(digits(1, 9), { nil: undefined }),
    })
    .map(read);
  /** The numbers of the issue and the rules' edges, checked on every run besides the generated ones. */
  const examples = ['1202716882', '12027168820', '120271688201', '412271791', '431110', '43111', '493012345678901']
    .map((digits) =>
      read({ code: '', national: digits, prefix: '+', separators: Array(20).fill(' '), marker: '', extension: undefined }),
    )
    .map((number) => [number] as [typeof number]);
  const check = (predicate: (number: ReturnType<typeof read>) => void) =>
    fc.assert(fc.property(numbers, predicate), { numRuns: 3000, examples });

  it('links exactly the numbers its rules allow, as E.164 digits, however they are written', () => {
    check(({ e164, count, href, tel }) => {
      // E.164's 15 digits at most, 10 national digits after +1, 6 digits at least.
      const linked = count >= 6 && count <= 15 && (!e164.startsWith('+1') || count === 11);
      expect(href, e164).to.equal(linked ? tel : undefined);
    });
  });

  it('never links a number the oracle calls impossible where the rules can tell: +1, under 6 or over 15 digits', () => {
    check(({ e164, count, href }) => {
      if (!isPossiblePhoneNumber(e164) && (e164.startsWith('+1') || count < 6 || count > 15)) {
        expect(href, e164).to.equal(undefined);
      }
    });
  });

  it('links every number the oracle calls possible, but those beyond E.164 and +1 numbers of other than 10 digits', () => {
    // The oracle also accepts national numbers of 16 and 17 digits (beyond E.164), Canada's 7-digit
    // local numbers and a trunk `1` written after +1: a tel: URL of those digits would not dial.
    check(({ e164, count, href }) => {
      if (isPossiblePhoneNumber(e164) && count <= 15 && (!e164.startsWith('+1') || count === 11)) {
        expect(href, e164).to.not.equal(undefined);
      }
    });
  });
});
