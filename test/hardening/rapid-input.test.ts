/*
 * Rapid input: `src`, `<html lang>` and attributes changed many times in a row — synchronously in
 * one task, or one change per update while the previous answers are still on their way — always
 * end in the state of the last change, whatever order the answers arrive in.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '../support/commands.js';
import '../../src/index.js';
import type { IomMegaNav, IomMemberCounter, IomNewsCard, IomPressContact, NavSection } from '../../src/index.js';
import { configureIomLocalization } from '../../src/localization.js';
import { captureWarnings, setPageLanguage, shadowPart, textOf, waitUntil } from '../support/helpers.js';
import { navHarness } from '../mega-nav/fixtures.js';
import { counterHarness } from '../member-counter/support.js';
import { frames, make, sleep, trackFetches } from './support.js';

const sentence = (counter: IomMemberCounter) => textOf(shadowPart(counter, 'p:not([aria-hidden])'));

/** A navigation file labelled `tag`, answering after `ms`. */
const navFile = (tag: string, ms = 0) => `/test-api/hardening-nav?tag=${tag}&ms=${ms}`;

function fallbackNav(): IomMegaNav {
  const nav = make('iom-mega-nav');
  const list = make('ul');
  list.append(make('li'));
  list.firstElementChild!.append(make('a', { href: '/fallback' }, 'Fallback'));
  nav.append(list);
  return nav;
}

describe('rapid input ends in the state of the last change', function () {
  this.timeout(20000);
  let page: HTMLElement;
  let warnings: ReturnType<typeof captureWarnings>;
  let fetches: ReturnType<typeof trackFetches>;

  before(async () => {
    setPageLanguage('en');
    await setViewport({ width: 1280, height: 900 });
  });
  beforeEach(() => {
    warnings = captureWarnings();
    fetches = trackFetches();
    page = make('div');
    document.body.append(page);
  });
  afterEach(() => {
    page.remove();
    fetches.stop();
    warnings.stop();
  });

  /** Waits until every request has ended and every element has rendered. */
  async function idle(...elements: Array<{ updateComplete: Promise<unknown> }>) {
    await fetches.idle();
    await Promise.all(elements.map((el) => el.updateComplete));
    await frames(2);
  }

  describe('nav src', () => {
    it('switched 50 times in one task: shows the last file', async () => {
      const nav = fallbackNav();
      page.append(nav);
      for (let i = 0; i < 50; i++) nav.setAttribute('src', navFile(`sync${i}`));
      await waitUntil(() => navHarness(nav).items.includes('Section sync49'), 'the last file', { timeout: 5000 });
      await idle(nav);
      expect(navHarness(nav).items).to.deep.equal(['Section sync49', 'Plain sync49']);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('switched 50 times, one per update, the earlier files answering later: shows the last file', async () => {
      const nav = fallbackNav();
      page.append(nav);
      for (let i = 0; i < 50; i++) {
        nav.src = navFile(`async${i}`, (49 - i) * 20); // the first answers last
        await nav.updateComplete;
      }
      await waitUntil(() => navHarness(nav).items.includes('Section async49'), 'the last file', { timeout: 5000 });
      await idle(nav);
      expect(navHarness(nav).items).to.deep.equal(['Section async49', 'Plain async49']);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('switched 50 times ending on a failing file: back to the light DOM, one warning for that file only', async () => {
      const nav = fallbackNav();
      page.append(nav);
      nav.src = navFile('good');
      await waitUntil(() => navHarness(nav).items.includes('Section good'), 'a good file first');
      for (let i = 0; i < 49; i++) {
        nav.src = navFile(`before-failure${i}`, 300);
        if (i % 2) await nav.updateComplete;
      }
      nav.src = '/test-api/hardening-status?status=404&rapid';
      // The failing request starts after the lazily loaded fetching code: wait for what it leads to.
      await waitUntil(() => warnings.messages.length > 0, 'the failing file warns');
      await idle(nav);
      expect(navHarness(nav).items).to.deep.equal(['Fallback']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain(
        '[iom-mega-nav] src: "/test-api/hardening-status?status=404&rapid" answered HTTP 404',
      );
    });

    it('switched 50 times ending with no src: back to the light DOM, no warning', async () => {
      const nav = fallbackNav();
      page.append(nav);
      for (let i = 0; i < 50; i++) {
        nav.src = navFile(`removed${i}`, 200);
        await nav.updateComplete;
      }
      nav.removeAttribute('src');
      nav.src = undefined;
      await idle(nav);
      await sleep(300); // past the answer of the last file, had it not been cancelled
      expect(navHarness(nav).items).to.deep.equal(['Fallback']);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('sections set 50 times, ending with none: the src file is shown', async () => {
      const nav = fallbackNav();
      nav.src = navFile('under-sections');
      page.append(nav);
      for (let i = 0; i < 50; i++) {
        nav.sections = [{ label: `Property ${i}`, href: `/p/${i}`, groups: [] }] as NavSection[];
        if (i % 3 === 0) await nav.updateComplete;
      }
      nav.sections = undefined;
      await waitUntil(() => navHarness(nav).items.includes('Section under-sections'), 'the src file');
      await idle(nav);
      expect(navHarness(nav).items).to.deep.equal(['Section under-sections', 'Plain under-sections']);
    });

    it('collapse-below set 100 times in one task, ending above its width: collapsed into the Menu button', async () => {
      const nav = make('iom-mega-nav');
      nav.sections = [{ label: 'Only', href: '/only', groups: [] }] as NavSection[];
      page.append(nav);
      await nav.updateComplete;
      await frames(2);
      for (let i = 0; i < 100; i++) nav.setAttribute('collapse-below', String(i % 2 ? 100 : 5000));
      nav.setAttribute('collapse-below', '5000');
      await nav.updateComplete;
      await frames(2);
      await nav.updateComplete;
      expect(nav.shadowRoot!.querySelector('.menu-button')!.checkVisibility()).to.equal(true);
      expect(nav.shadowRoot!.querySelector('.sections')!.checkVisibility()).to.equal(false);
    });
  });

  describe('counter figures', () => {
    /** 100 values: valid ones, each followed by invalid ones; `last` ends the series. */
    const values = (last: string) => [...Array.from({ length: 33 }, (_, i) => [String(100 + i), 'abc', '5000']).flat(), last];

    // In one task, only the last value reaches the element's update: an invalid one keeps the figure shown before.
    // One per update, each is seen: an invalid one keeps the last valid one.
    for (const [name, last, inOneTask, onePerUpdate] of [
      ['ending on a valid figure', '321', '321', '321'],
      ['ending on an invalid one (the last figure shown stays)', '-1', '175', '132'],
    ] as const) {
      it(`set 100 times in one task, ${name}`, async () => {
        const counter = make('iom-member-counter', { duration: '0' });
        page.append(counter);
        await counter.updateComplete;
        const series = values(last);
        expect(series).to.have.length(100);
        for (const value of series) counter.setAttribute('member-states', value);
        await counter.updateComplete;
        expect(counterHarness(counter).figures[0]).to.equal(inOneTask);
        expect(sentence(counter)).to.equal(`${inOneTask} Member States, present in 171 countries`);
        // Only the value that stayed is worth a warning.
        const kept =
          last === '-1'
            ? [`[iom-member-counter] attribute "member-states": "-1" is not a whole number from 0 to 1000; kept 175`]
            : [];
        expect(warnings.messages).to.deep.equal(kept);
      });

      it(`set 100 times as a property, one per update, ${name}`, async () => {
        const counter = make('iom-member-counter', { duration: '0' });
        page.append(counter);
        for (const value of values(last)) {
          // Text from JavaScript (a script, React 18's attributes as properties), not the number the type says.
          Object.assign(counter, { countries: value });
          await counter.updateComplete;
        }
        expect(counterHarness(counter).figures[1]).to.equal(onePerUpdate);
      });
    }

    it('src switched 50 times, the earlier answering later: shows the last figures', async () => {
      const counter = make('iom-member-counter', { duration: '0' });
      page.append(counter);
      for (let i = 0; i < 50; i++) {
        counter.src = `/test-api/hardening-figures?m=${i}&c=${i + 1}&ms=${(49 - i) * 20}`;
        if (i % 2) await counter.updateComplete;
      }
      await waitUntil(() => sentence(counter) === '49 Member States, present in 50 countries', 'the last figures', {
        timeout: 5000,
      });
      await idle(counter);
      expect(sentence(counter)).to.equal('49 Member States, present in 50 countries');
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('attributes', () => {
    it('news card: headline, href, date and layout set 100 times in one task', async () => {
      const card = make('iom-news-card');
      page.append(card);
      for (let i = 0; i < 100; i++) {
        card.setAttribute('headline', `Headline ${i}`);
        card.setAttribute('href', `/news/${i}`);
        card.setAttribute('date', `2018-09-${String((i % 28) + 1).padStart(2, '0')}`);
        card.setAttribute('layout', ['vertical', 'horizontal', 'featured'][i % 3]!);
      }
      await card.updateComplete;
      const link = (card as IomNewsCard).shadowRoot!.querySelector('a')!;
      expect(link.textContent).to.equal('Headline 99');
      expect(link.getAttribute('href')).to.equal('/news/99');
      expect(card.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2018-09-16');
      expect(card.shadowRoot!.querySelector('article')!.classList.contains('vertical')).to.equal(true);
    });

    it('press contact: name, phone and email set 100 times in one task', async () => {
      const contact = make('iom-press-contact');
      page.append(contact);
      for (let i = 0; i < 100; i++) {
        contact.setAttribute('name', `Person ${i}`);
        contact.setAttribute('phone', `+41 22 717 ${String(9000 + i)}`);
        contact.setAttribute('email', `person${i}@iom.int`);
      }
      await contact.updateComplete;
      const root = (contact as IomPressContact).shadowRoot!;
      expect(textOf(shadowPart(contact, '[part~="name"]'))).to.equal('Person 99');
      expect(root.querySelector('a[part~="phone"]')!.getAttribute('href')).to.equal('tel:+41227179099');
      expect(root.querySelector('a[part~="email"]')!.getAttribute('href')).to.equal('mailto:person99@iom.int');
    });
  });

  describe('<html lang>', () => {
    const SPANISH = {
      label: 'Principal',
      heading: 'Contacto de prensa',
      date: '5 de septiembre de 2018',
      sentence: '1000 Estados miembros, presente en 171 países',
      sections: ['Section es', 'Plain es'],
    };

    async function languagePage() {
      await configureIomLocalization();
      const nav = make('iom-mega-nav', { src: '/test-api/hardening-nav?lang={lang}&ms=100' });
      const card = make('iom-news-card', { headline: 'Sommet', href: '/sommet', date: '2018-09-05' });
      const contact = make('iom-press-contact', { name: 'Liz Lizama' });
      const counter = make('iom-member-counter', { 'member-states': '1000', duration: '0' });
      page.append(nav, card, contact, counter);
      await Promise.all([nav, card, contact, counter].map((el) => el.updateComplete));
      return { nav, card, contact, counter };
    }

    async function expectSpanish({ nav, card, contact, counter }: Awaited<ReturnType<typeof languagePage>>) {
      await waitUntil(() => textOf(shadowPart(contact, '[part~="heading"]')) === SPANISH.heading, 'Spanish strings', {
        timeout: 5000,
      });
      await waitUntil(() => navHarness(nav).items.join() === SPANISH.sections.join(), 'the Spanish navigation file', {
        timeout: 5000,
      });
      await idle(nav, card, contact, counter);
      await sleep(200); // any late translation or file has arrived by now
      await Promise.all([nav, card, contact, counter].map((el) => el.updateComplete));
      expect(nav.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal(SPANISH.label);
      expect(navHarness(nav).items).to.deep.equal(SPANISH.sections);
      expect(textOf(shadowPart(contact, '[part~="heading"]'))).to.equal(SPANISH.heading);
      expect(textOf(shadowPart(card, 'time'))).to.equal(SPANISH.date);
      expect(sentence(counter)).to.equal(SPANISH.sentence);
      expect(getComputedStyle(nav).direction).to.equal('ltr');
    }

    afterEach(() => setPageLanguage('en'));

    it('fr, ar, es, en switched 40 times in one task, ending on es: Spanish strings, dates, numbers and navigation file', async () => {
      const elements = await languagePage();
      for (let i = 0; i < 40; i++) setPageLanguage(['fr', 'ar', 'es', 'en'][i % 4]!);
      setPageLanguage('es');
      await expectSpanish(elements);
    });

    it('fr, ar, es, en switched 40 times, each while the previous translation and file still load, ending on es', async () => {
      const elements = await languagePage();
      for (let i = 0; i < 40; i++) {
        setPageLanguage(['fr', 'ar', 'en', 'es'][i % 4]!);
        await (i % 2 ? Promise.resolve() : sleep(0)); // the language observer and the loaders run in between
      }
      setPageLanguage('es');
      await expectSpanish(elements);
    });

    it('es-MX and es switched 40 times in one task, ending on es: numbers follow the page, not only the translations', async () => {
      const elements = await languagePage();
      setPageLanguage('es-MX');
      // Same translations, another number format: only the page language says which.
      await waitUntil(() => sentence(elements.counter) === '1,000 Estados miembros, presente en 171 países', 'Mexican Spanish', {
        timeout: 5000,
      });
      for (let i = 0; i < 40; i++) setPageLanguage(i % 2 ? 'es' : 'es-MX');
      setPageLanguage('es');
      await expectSpanish(elements);
    });
  });
});
