import { expect } from '@open-wc/testing';
import '../../src/iom-news-card.js';
import { IomNewsCard } from '../../src/iom-news-card.js';
import { configureIomLocalization } from '../../src/localization.js';
import { fixture, html, setPageLanguage, isShown, shadowPart, textOf, waitUntil, warningsDuring } from '../support/helpers.js';
import { article, EXCERPT, HEADLINE } from './support.js';

const dateShown = (el: IomNewsCard) => textOf(shadowPart(el, 'time'));

describe('iom-news-card', () => {
  beforeEach(() => setPageLanguage('en'));
  after(() => setPageLanguage('en'));

  it('is defined by its module, which exports the class', () => {
    expect(customElements.get('iom-news-card')).to.equal(IomNewsCard);
  });

  it('shows the article: category, headline, dateline with its date, excerpt; with no warning', async () => {
    let el!: IomNewsCard;
    const warnings = await warningsDuring(async () => {
      el = await fixture<IomNewsCard>(article());
    });
    expect(warnings).to.deep.equal([]);
    expect(textOf(shadowPart(el, '[part="category"]'))).to.equal('Communiqué de presse');
    expect(textOf(shadowPart(el, 'h3'))).to.equal(HEADLINE);
    expect(textOf(shadowPart(el, '[part="dateline"]'))).to.equal('Washington, D.C. — September 5, 2018');
    const slot = shadowPart<HTMLSlotElement>(el, 'slot')!;
    expect(slot.assignedElements().map(textOf)).to.deep.equal([EXCERPT]);
    // The category reads above the headline, the dateline below it.
    const top = (selector: string) => shadowPart(el, selector)!.getBoundingClientRect().top;
    expect(top('[part="category"]')).to.be.below(top('h3'));
    expect(top('h3')).to.be.below(top('[part="dateline"]'));
    expect(top('[part="dateline"]')).to.be.below(el.querySelector('p')!.getBoundingClientRect().top);
  });

  it('makes the headline a level-3 heading holding the one link, named by the headline', async () => {
    const el = await fixture<IomNewsCard>(article());
    const headings = el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]');
    expect([...headings].map((h) => h.localName)).to.deep.equal(['h3']);
    const links = el.shadowRoot!.querySelectorAll('a');
    expect(links).to.have.length(1);
    expect(links[0]!.parentElement).to.equal(headings[0]);
    expect(links[0]!.getAttribute('href')).to.equal('#sommet');
    expect(textOf(links[0])).to.equal(HEADLINE);
    expect([...links[0]!.attributes].map((a) => a.name).sort()).to.deep.equal(['class', 'href', 'part']);
  });

  for (const level of [2, 3, 4, 5, 6]) {
    it(`heading-level="${level}" renders an <h${level}>`, async () => {
      const el = await fixture<IomNewsCard>(html`<iom-news-card headline="Titre" heading-level=${level}></iom-news-card>`);
      expect(shadowPart(el, `h${level}`)?.textContent).to.equal('Titre');
      expect(el.shadowRoot!.querySelectorAll('h2, h3, h4, h5, h6')).to.have.length(1);
    });
  }

  it('renders excerpt markup as given: its own elements, links and text stay in the page', async () => {
    const el = await fixture<IomNewsCard>(
      html`<iom-news-card headline="Titre"
        ><p>Un <strong>extrait</strong> avec <a href="#rapport">un lien</a>.</p>
        <p>Second paragraphe &lt;b&gt;</p></iom-news-card
      >`,
    );
    const [first, second] = shadowPart<HTMLSlotElement>(el, 'slot')!.assignedElements();
    expect(first!.querySelector('strong')!.textContent).to.equal('extrait');
    expect(first!.querySelector('a')!.getAttribute('href')).to.equal('#rapport');
    expect(second!.textContent).to.equal('Second paragraphe <b>');
    // Two paragraphs, spaced like the rest of the card.
    expect(second!.getBoundingClientRect().top).to.be.above(first!.getBoundingClientRect().bottom);
  });

  it('renders text attributes as text, never as markup', async () => {
    const el = await fixture<IomNewsCard>(
      html`<iom-news-card
        headline=${'<img src=x onerror=alert(1)>'}
        category=${'<b>x</b>'}
        location=${'<i>y</i>'}
      ></iom-news-card>`,
    );
    expect(el.shadowRoot!.querySelectorAll('img, b, i')).to.have.length(0);
    expect(textOf(shadowPart(el, 'h3'))).to.equal('<img src=x onerror=alert(1)>');
    expect(textOf(shadowPart(el, '[part="category"]'))).to.equal('<b>x</b>');
    expect(textOf(shadowPart(el, '[part="dateline"]'))).to.equal('<i>y</i>');
  });

  it('follows property changes', async () => {
    const el = await fixture<IomNewsCard>(article());
    el.headline = 'Nouveau titre';
    el.href = '/fr/actualites/nouveau';
    el.headingLevel = 2;
    el.location = 'Genève';
    el.date = '2019-01-15';
    el.category = '';
    await el.updateComplete;
    expect(textOf(shadowPart(el, 'h2 > a'))).to.equal('Nouveau titre');
    expect(shadowPart(el, 'a')!.getAttribute('href')).to.equal('/fr/actualites/nouveau');
    expect(textOf(shadowPart(el, '[part="dateline"]'))).to.equal('Genève — January 15, 2019');
    expect(isShown(shadowPart(el, '[part="category"]'))).to.equal(false);
  });

  it('shows only the date without a location, only the location without a date, neither without both', async () => {
    const el = await fixture<IomNewsCard>(html`<iom-news-card headline="Titre" date="2018-09-05"></iom-news-card>`);
    expect(textOf(shadowPart(el, '[part="dateline"]'))).to.equal('September 5, 2018');
    el.removeAttribute('date');
    el.location = 'Dakar';
    await el.updateComplete;
    expect(textOf(shadowPart(el, '[part="dateline"]'))).to.equal('Dakar');
    el.location = undefined;
    await el.updateComplete;
    expect(isShown(shadowPart(el, '[part="dateline"]'))).to.equal(false);
  });

  describe('date', () => {
    it('is a <time> with the machine-readable value in datetime', async () => {
      const el = await fixture<IomNewsCard>(
        html`<iom-news-card headline="Titre" date=" 2018-09-05T14:30:00-04:00 "></iom-news-card>`,
      );
      expect(shadowPart(el, 'time')!.getAttribute('datetime')).to.equal('2018-09-05T14:30:00-04:00');
      expect(dateShown(el)).to.equal('September 5, 2018');
    });

    const long: Array<[string, string]> = [
      ['en', 'September 5, 2018'],
      ['fr', '5 septembre 2018'],
      ['es', '5 de septiembre de 2018'],
      ['ar', '5 سبتمبر 2018'], // Latin digits in every engine (WebKit's own default is ٥ سبتمبر ٢٠١٨)
      ['fr-CA', '5 septembre 2018'],
      ['en-GB', '5 September 2018'],
    ];
    for (const [lang, shown] of long) {
      it(`is written in the long style of <html lang="${lang}">: ${shown}`, async () => {
        setPageLanguage(lang);
        const el = await fixture<IomNewsCard>(article());
        expect(dateShown(el)).to.equal(shown);
      });
    }

    it('follows <html lang> when it changes', async () => {
      const el = await fixture<IomNewsCard>(article());
      for (const [lang, shown] of [
        ['fr', '5 septembre 2018'],
        ['es', '5 de septiembre de 2018'],
        ['ar', long[3]![1]],
        ['en', 'September 5, 2018'],
      ]) {
        setPageLanguage(lang!);
        await waitUntil(() => dateShown(el) === shown, `${lang}: got "${dateShown(el)}"`);
      }
    });

    it('shows a date as the same day in every time zone, and a date-time in the reader’s time zone', async () => {
      const Original = Intl.DateTimeFormat;
      // A reader in Honolulu (UTC−10): a formatter created without a time zone gets theirs.
      Intl.DateTimeFormat = function (locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
        return new Original(locales, { ...options, timeZone: options?.timeZone ?? 'Pacific/Honolulu' });
      } as typeof Intl.DateTimeFormat;
      try {
        setPageLanguage('en-AU'); // a locale no other test formats in: its formatters are made now
        const el = await fixture<IomNewsCard>(html`<iom-news-card headline="Titre" date="2018-09-05"></iom-news-card>`);
        expect(dateShown(el)).to.equal('5 September 2018');
        el.date = '2018-09-05T06:00:00Z'; // 20:00 on the 4th in Honolulu
        await el.updateComplete;
        expect(dateShown(el)).to.equal('4 September 2018');
        el.date = '2018-09-05T06:00:00+09:00'; // 11:00 on the 4th in Honolulu
        await el.updateComplete;
        expect(dateShown(el)).to.equal('4 September 2018');
      } finally {
        Intl.DateTimeFormat = Original;
      }
    });

    it('reads location then date, in that order under right-to-left too', async () => {
      for (const lang of ['fr', 'ar']) {
        setPageLanguage(lang);
        const el = await fixture<IomNewsCard>(article());
        const [location, time] = [shadowPart(el, '[part="dateline"] span')!, shadowPart(el, 'time')!];
        expect(textOf(location.parentElement)).to.match(/^Washington, D\.C\. — \S/);
        const [l, t] = [location.getBoundingClientRect(), time.getBoundingClientRect()];
        if (lang === 'ar') expect(l.left, 'location right of the date').to.be.above(t.right);
        else expect(l.right, 'location left of the date').to.be.below(t.left);
        // "Washington, D.C." keeps its final full stop on its own side in Arabic text.
        expect(getComputedStyle(location).unicodeBidi).to.equal('isolate');
      }
    });
  });

  describe('accessibility', () => {
    before(() => configureIomLocalization());

    for (const lang of ['en', 'fr', 'es', 'ar']) {
      it(`passes axe in ${lang}, in every layout, with and without image or link`, async () => {
        setPageLanguage(lang);
        const wrapper = await fixture<HTMLDivElement>(
          html`<div>
            ${article()}
            <iom-news-card
              headline=${HEADLINE}
              href="#h"
              layout="horizontal"
              image="/demo/data/news-card-sommet.svg"
              image-alt="Le siège de l’OEA"
              date="2018-09-05"
              ><p>${EXCERPT}</p></iom-news-card
            >
            <iom-news-card
              headline=${HEADLINE}
              href="#f"
              layout="featured"
              image="/demo/data/news-card-port.svg"
              image-alt=""
              location="Genève"
              ><p>Extrait.</p></iom-news-card
            >
            <iom-news-card headline="Sans lien" category="Note"></iom-news-card>
          </div>`,
        );
        const cards = [...wrapper.querySelectorAll('iom-news-card')];
        await Promise.all(cards.map((card) => card.updateComplete));
        for (const card of cards) await expect(card).to.be.accessible();
      });
    }
  });
});
