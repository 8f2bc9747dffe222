import { expect } from '@open-wc/testing';
import '../../src/press-contact.js';
import type { IomPressContact } from '../../src/press-contact.js';
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
    ['the longest E.164 number, 15 digits', '+123 456 789 012 345', 'tel:+123456789012345'],
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
