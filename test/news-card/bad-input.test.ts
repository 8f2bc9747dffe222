import { expect } from '@open-wc/testing';
import '../../src/iom-news-card.js';
import type { IomNewsCard } from '../../src/iom-news-card.js';
import { fixture, html, setPageLanguage, isShown, shadowPart, textOf, warningsDuring } from '../support/helpers.js';
import { WIDE_IMAGE } from './support.js';

// Each case uses a value of its own: a message already printed on the page is not printed again.

/**
 * Renders a card with `attributes` (name → value), set before it connects as a parser would, and
 * returns it with the warnings it logged.
 */
async function render(attributes: Record<string, string>): Promise<[IomNewsCard, string[]]> {
  const el = document.createElement('iom-news-card');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(Object.assign(document.createElement('p'), { textContent: 'Extrait.' }));
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const warnings = await warningsDuring(async () => {
    wrapper.append(el);
    await el.updateComplete;
    el.requestUpdate(); // a second render does not repeat the warning
    await el.updateComplete;
  });
  return [el, warnings];
}

describe('iom-news-card bad input', () => {
  beforeEach(() => setPageLanguage('en'));

  describe('date', () => {
    for (const value of ['yesterday', '2018-02-30', '2018-13-01', '05/09/2018', 'September 5, 2018', '2018-09-05T25:00Z', '']) {
      it(`date=${JSON.stringify(value)}: shown without a date, one warning`, async () => {
        const [el, warnings] = await render({ headline: 'Titre', date: value, location: 'Dakar' });
        expect(isShown(shadowPart(el, 'time'))).to.equal(false);
        expect(textOf(shadowPart(el, '[part="dateline"]'))).to.equal('Dakar');
        expect(warnings).to.deep.equal([
          `[iom-news-card] attribute "date": ${JSON.stringify(value)} is not an ISO 8601 date or date-time; showed no date`,
        ]);
      });
    }
  });

  describe('href', () => {
    for (const value of [
      'javascript:alert(1)',
      '  JaVaScRiPt:alert(2)',
      '\u0001javascript:alert(3)',
      'data:text/html,<b>x</b>',
      'vbscript:x',
    ]) {
      it(`href=${JSON.stringify(value)}: dropped, the card is not a link, one warning`, async () => {
        const [el, warnings] = await render({ headline: 'Titre', href: value });
        expect(isShown(shadowPart(el, 'a'))).to.equal(false);
        expect(textOf(shadowPart(el, 'h3'))).to.equal('Titre');
        expect(getComputedStyle(shadowPart(el, '[part="card"]')!).cursor).to.equal('auto');
        expect(warnings).to.deep.equal([
          `[iom-news-card] attribute "href": ${JSON.stringify(value)} is not an http(s), mailto, tel or relative URL; rendered no link`,
        ]);
      });
    }

    it('keeps http, https, mailto, tel and relative links', async () => {
      for (const href of [
        'https://www.iom.int/fr',
        'http://example.org',
        'mailto:a@iom.int',
        'tel:+12027168820',
        '/fr/a',
        'b.html',
        '?q=1',
      ]) {
        const [el, warnings] = await render({ headline: 'Titre', href });
        expect(shadowPart(el, 'a')?.getAttribute('href'), href).to.equal(href);
        expect(warnings).to.deep.equal([]);
      }
    });
  });

  describe('image', () => {
    for (const value of [
      'javascript:alert(4)',
      'data:image/png;base64,iVBORw0KGgo=',
      'mailto:img@iom.int',
      ' DATA:image/svg+xml,<svg/>',
    ]) {
      it(`image=${JSON.stringify(value)}: dropped, the placeholder shows, one warning`, async () => {
        const [el, warnings] = await render({ headline: 'Titre', image: value, 'image-alt': 'Photo' });
        expect(isShown(shadowPart(el, 'img'))).to.equal(false);
        expect(shadowPart(el, '[part="media"]')!.getBoundingClientRect().height).to.be.above(0);
        expect(warnings).to.deep.equal([
          `[iom-news-card] attribute "image": ${JSON.stringify(value)} is not an http(s) or relative URL; showed the placeholder`,
        ]);
      });
    }

    it('image without image-alt: decorative (alt=""), one warning', async () => {
      const [el, warnings] = await render({ headline: 'Titre', image: `${WIDE_IMAGE}?no-alt` });
      expect(shadowPart(el, 'img')!.getAttribute('alt')).to.equal('');
      expect(warnings).to.deep.equal([
        `[iom-news-card] attribute "image": "${WIDE_IMAGE}?no-alt" has no image-alt; used alt="" (decorative)`,
      ]);
    });

    it('image-alt="" or blank: decorative, no warning', async () => {
      for (const alt of ['', '   ']) {
        const [el, warnings] = await render({ headline: 'Titre', image: WIDE_IMAGE, 'image-alt': alt });
        expect(shadowPart(el, 'img')!.getAttribute('alt')).to.equal('');
        expect(warnings).to.deep.equal([]);
      }
    });
  });

  describe('layout', () => {
    for (const value of ['grid', 'list', '']) {
      it(`layout=${JSON.stringify(value)}: vertical, one warning`, async () => {
        const [el, warnings] = await render({ headline: 'Titre', layout: value });
        expect(shadowPart(el, '[part="base"]')!.classList.contains('vertical')).to.equal(true);
        expect(warnings).to.deep.equal([
          `[iom-news-card] attribute "layout": ${JSON.stringify(value)} is not vertical, horizontal or featured; kept vertical`,
        ]);
      });
    }

    it('accepts any case and surrounding spaces', async () => {
      const [el, warnings] = await render({ headline: 'Titre', layout: ' Horizontal ' });
      expect(shadowPart(el, '[part="base"]')!.classList.contains('horizontal')).to.equal(true);
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('heading-level', () => {
    for (const [value, level] of [
      ['1', 2],
      ['7', 6],
      ['-2', 2],
      ['h4', 3],
      ['deux', 3],
    ] as const) {
      it(`heading-level=${JSON.stringify(value)}: an <h${level}>, one warning`, async () => {
        const [el, warnings] = await render({ headline: 'Titre', 'heading-level': value });
        expect(el.shadowRoot!.querySelector('h2, h3, h4, h5, h6')!.localName).to.equal(`h${level}`);
        expect(warnings).to.deep.equal([
          `[iom-news-card] attribute "heading-level": ${JSON.stringify(value)} is not a heading level from 2 to 6; used ${level}`,
        ]);
      });
    }
  });

  describe('headline', () => {
    it('missing or blank: no heading, no link, one warning', async () => {
      const [el, warnings] = await render({ href: '#x', headline: '   ' });
      expect(el.shadowRoot!.querySelector('h2, h3, h4, h5, h6, a')).to.equal(null);
      expect(shadowPart<HTMLSlotElement>(el, 'slot')!.assignedElements()).to.have.length(1);
      expect(warnings).to.deep.equal(['[iom-news-card] attribute "headline": "   " is empty; rendered no heading and no link']);
      const bare = await warningsDuring(() => fixture(html`<iom-news-card></iom-news-card>`));
      expect(bare).to.deep.equal(['[iom-news-card] attribute "headline": "" is empty; rendered no heading and no link']);
    });
  });

  it('several bad attributes: one warning each, and the card still shows what it can', async () => {
    const [el, warnings] = await render({
      headline: 'Toujours là',
      href: 'javascript:void(0)',
      date: '2018-09-31',
      layout: 'mosaic',
      image: 'javascript:void(1)',
      location: 'Lima',
    });
    expect(textOf(shadowPart(el, 'h3'))).to.equal('Toujours là');
    expect(textOf(shadowPart(el, '[part="dateline"]'))).to.equal('Lima');
    expect(warnings, warnings.join('\n')).to.have.length(4);
  });
});
