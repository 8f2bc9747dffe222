/*
 * Current-page matching and the lengths of hrefs and labels (issue 13): matching is linear in the
 * URLs' length, an href longer than any page address is dropped, a label longer than a menu entry
 * is cut, each with one warning.
 */
import { expect } from '@open-wc/testing';
import '../../src/iom-mega-nav.js';
import type { IomMegaNav, NavSection } from '../../src/iom-mega-nav.js';
import { fixture, html, warningsDuring } from '../support/helpers.js';
import { navHarness, sections } from './fixtures.js';

const currentLinks = (nav: IomMegaNav) =>
  [...nav.shadowRoot!.querySelectorAll('a[aria-current="page"]')].map((a) => a.textContent!.trim());
const linkTexts = (nav: IomMegaNav) => [...nav.shadowRoot!.querySelectorAll('.panel a')].map((a) => a.textContent!.trim());
/** One group of links in one section. */
const nav = (...links: Array<{ label: string; href: string }>): NavSection[] => [
  { label: 'Section', groups: [{ label: 'Group', links }] },
];

/** The element for `sections` on page `current`, and the warnings it gave. */
async function render(sections: NavSection[], current = '/') {
  let element!: IomMegaNav;
  const warnings = await warningsDuring(async () => {
    element = await fixture<IomMegaNav>(html`<iom-mega-nav .sections=${sections} current=${current}></iom-mega-nav>`);
  });
  return { nav: element, warnings };
}

describe('iom-mega-nav current page and length bounds', () => {
  describe('current-page matching', () => {
    it('ignores trailing slashes and index.html in any order, however many slashes', async () => {
      const { nav: element } = await render(sections, '/en/our-work/development//index.html/?x=1');
      expect(currentLinks(element)).to.deep.equal(['Migration and development']);
      element.current = `/en/our-work/development${'/'.repeat(1_000_000)}`;
      await element.updateComplete;
      expect(currentLinks(element)).to.deep.equal(['Migration and development']);
    });

    // A pattern anchored at the end of the URL started again at every slash of the run: hours of work.
    it('reads a `current` of a million slashes followed by a letter in linear time', async () => {
      const { nav: element } = await render(sections, `/en/our-work/development${'/'.repeat(1_000_000)}x`);
      expect(currentLinks(element)).to.deep.equal([]);
      expect(navHarness(element).items).to.include('Data and research');
    });
  });

  describe('href length', () => {
    it('drops an href longer than 2,048 characters with one warning and keeps the other links', async () => {
      const long = `/en/page${'/'.repeat(100_000)}x`;
      const { nav: element, warnings } = await render(
        nav(
          { label: 'Long', href: long },
          { label: 'Kept', href: '/en/kept' },
          { label: 'Longest kept', href: `/${'a'.repeat(2047)}` },
        ),
      );
      expect(linkTexts(element)).to.deep.equal(['Kept', 'Longest kept']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^\[iom-mega-nav\] sections\[0\]\.groups\[0\]\.links\[0\]\.href: "\/en\/page\/\/\//);
      expect(warnings[0]).to.match(/ is longer than 2048 characters; dropped the link$/);
    });

    it('drops a long href read from the light DOM the same way', async () => {
      let element!: IomMegaNav;
      const warnings = await warningsDuring(async () => {
        element = await fixture<IomMegaNav>(
          html`<iom-mega-nav
            ><ul>
              <li><a href=${`/${'/'.repeat(5000)}x`}>Long</a></li>
              <li><a href="/ok">OK</a></li>
            </ul></iom-mega-nav
          >`,
        );
      });
      expect(navHarness(element).items).to.deep.equal(['OK']);
      expect(warnings.map((warning) => warning.replace(/: ".*/, ''))).to.deep.equal([
        '[iom-mega-nav] light DOM <li>[0].href',
        '[iom-mega-nav] light DOM <li>[0]',
      ]);
      expect(warnings[0]).to.match(/ is longer than 2048 characters; dropped the link$/);
    });
  });

  describe('label length', () => {
    it('cuts a label longer than 200 characters, with an ellipsis and one warning', async () => {
      const exact = 'b'.repeat(200);
      const { nav: element, warnings } = await render(
        nav({ label: `${'Long '.repeat(200_000)}end`, href: '/en/long' }, { label: exact, href: '/en/exact' }),
      );
      expect(linkTexts(element)).to.deep.equal([`${'Long '.repeat(40)}…`, exact]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^\[iom-mega-nav\] sections\[0\]\.groups\[0\]\.links\[0\]\.label: "Long Long /);
      expect(warnings[0]).to.match(/ is longer than 200 characters; cut it$/);
    });

    it('cuts between characters, never between the halves of an emoji', async () => {
      const label = `${'a'.repeat(199)}😀 and more`;
      const { nav: element } = await render([{ label, href: '/en/emoji', groups: [] }]);
      expect(navHarness(element).items).to.deep.equal([`${'a'.repeat(199)}…`]);
    });
  });
});
