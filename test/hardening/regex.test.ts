/*
 * Patterns over input run in linear time (issue 13). The lint holds every regular expression in
 * src/ to eslint-plugin-regexp's super-linear rules; here are the inputs that froze the page, and
 * larger ones of the same classes. On the old patterns each kept the main thread for minutes or
 * hours (the phone extension pattern was cubic, the URL trim quadratic): a test that ends has done
 * bounded work, and no time is measured. Current-page matching: test/mega-nav/mega-nav.bounds.test.ts.
 */
import { expect } from '@open-wc/testing';
import '../../src/iom-press-contact.js';
import type { IomPressContact } from '../../src/iom-press-contact.js';
import { safeUrl } from '../../src/core/safe-url.js';
import { fixture, html, warningsDuring } from '../support/helpers.js';

describe('patterns over input run in linear time', () => {
  describe('iom-press-contact phone', () => {
    const spaces = (count: number) => ' '.repeat(count);
    const phones: Array<[string, string[]]> = [
      // 6–8 s each on the old pattern for the report's 2.5 KB, and 100 times the length is a million times the work.
      ['digits, a long run of spaces, a letter', [2500, 250_000].map((count) => `+1 202 716 8820${spaces(count)}a`)],
      [
        'an extension marker between long runs of spaces',
        [`2027168820${spaces(100_000)}ext${spaces(100_000)}:${spaces(100_000)}a`],
      ],
      ['a million digits of extension', [`+1 202 716 8820 ext. ${'1'.repeat(1_000_000)}`]],
    ];
    for (const [what, values] of phones) {
      it(`${what}: shown as text, with one warning`, async () => {
        for (const phone of values) {
          let el!: IomPressContact;
          const warnings = await warningsDuring(async () => {
            el = await fixture<IomPressContact>(html`<iom-press-contact .phone=${phone}></iom-press-contact>`);
          });
          expect(el.shadowRoot!.querySelector('a#phone')).to.equal(null);
          expect(el.shadowRoot!.querySelector('[part="phone"]')!.textContent === phone, 'shown as written').to.equal(true);
          expect(warnings).to.have.length(1);
          expect(warnings[0]).to.match(
            /^\[iom-press-contact\] attribute "phone": ".*is not a phone number; shown as text without a link$/,
          );
        }
      });
    }
  });

  describe('safeUrl (every link and image)', () => {
    const urls: Array<[string, string]> = [
      // Percent-encoded, the spaces stay under Firefox's 1 MB limit on a URL.
      ['300,000 spaces inside an absolute URL', `https://example.org/a${' '.repeat(300_000)}b`],
      ['a million control characters inside a relative URL', `/a${'\u0001'.repeat(1_000_000)}b`],
    ];
    for (const [what, url] of urls) {
      it(`${what}: trimmed at the ends only`, () => {
        // Compared, not diffed: a failure message of a megabyte helps no one.
        expect(safeUrl(`\u0000 ${url}\t `) === url).to.equal(true);
      });
    }
  });
});
