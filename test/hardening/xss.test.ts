/*
 * The XSS corpus (xss-corpus.ts) through every way content reaches a component: each attribute of
 * each element, the nav `sections` property, the nav and counter `src` JSON (served by
 * /test-api/hardening-xss-*), the light-DOM navigation and the slots. Whatever the payload, it
 * never runs (the global flag stays unset), no rendered `href` or `src` resolves to a dangerous
 * scheme, text is shown as the same text, and nothing is added to the page outside our shadow roots.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { IomMegaNav, NavSection } from '../../src/index.js';
import { captureWarnings, setPageLanguage, shadowPart, shadowParts, textOf, waitUntil } from '../support/helpers.js';
import { captureErrors, frames, make, ourShadowRoots, shadowRootProblems, trackFetches } from './support.js';
import { payloads } from './xss-corpus.js';

/** A payload as a person reads it once shown: whitespace collapsed, as `textOf` reads the page. */
const collapsed = (payload: string) => payload.replace(/\s+/g, ' ').trim();

/** What a browser ignores around a URL (the URL standard strips C0 controls and spaces). */
// eslint-disable-next-line no-control-regex
const urlTrimmed = (url: string) => url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');

/** A payload as it would run once its percent, entity, base64 or `\\u` encoding is undone. */
function decoded(payload: string): string {
  const entities: Record<string, string> = { lt: '<', gt: '>', colon: ':', Tab: '\t', quot: '"', amp: '&' };
  let text = payload.replace(/\\u([\da-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  text = text.replace(/&#x([\da-f]+);|&#(\d+);|&(\w+);/gi, (match, hex?: string, decimal?: string, name?: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : decimal ? String.fromCodePoint(Number(decimal)) : (entities[name!] ?? match),
  );
  text = text.replace(/;base64,([\w+/=]+)/, (_, data: string) => `,${atob(data)}`);
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const BASE_SECTIONS: NavSection[] = [
  { label: 'Base section', groups: [{ label: 'Base group', links: [{ label: 'Base link', href: '/base/link' }] }] },
];

/** The payload in every text field of one section and in every href of another (as the server's JSON). */
const hostileSections = (p: string) => [
  { id: p, label: p, description: p, groups: [{ label: p, href: '/group', links: [{ label: p, href: '/link' }] }] },
  {
    label: 'Hrefs',
    href: p,
    groups: [
      {
        label: 'Group',
        href: p,
        links: [
          { label: 'Link', href: p },
          { label: 'Safe', href: '/safe' },
        ],
      },
    ],
  },
];

/**
 * A no-JavaScript navigation written by the page, built with DOM APIs: the payload as the label
 * and href of a section, its description, a group label, a link label and a link href.
 */
function hostileLightDom(p: string): HTMLUListElement {
  const list = make('ul');
  const first = make('li');
  const links = make('ul');
  links.append(make('li', {}, undefined), make('li'));
  links.children[0]!.append(make('a', { href: '/light/link' }, p));
  links.children[1]!.append(make('a', { href: p }, 'Light link'));
  const group = make('li');
  group.append(document.createTextNode(p), links);
  const groups = make('ul');
  groups.append(group);
  first.append(make('a', { href: p }, p), make('p', {}, p), groups);
  const second = make('li');
  const plain = make('ul');
  plain.append(make('li'));
  plain.children[0]!.append(make('a', { href: '/light/plain' }, 'Plain'));
  second.append(make('span', {}, p), plain);
  list.append(first, second);
  return list;
}

const CARD = {
  headline: 'Base headline',
  href: '/article',
  date: '2018-09-05',
  location: 'Geneva',
  image: '/test/news-card/square.svg',
  'image-alt': 'A square',
  category: 'News',
  'heading-level': '3',
  layout: 'vertical',
};
const CONTACT = {
  name: 'Liz Lizama',
  'job-title': 'Media officer',
  office: 'OIM Washington',
  phone: '+1 202 716 8820',
  email: 'elizama@iom.int',
  subject: 'Press enquiry',
  heading: 'Contact',
  'heading-level': '3',
};
const COUNTER = { 'member-states': '175', countries: '171', duration: '0' };
const DEFAULT_SENTENCE = '175 Member States, present in 171 countries';

/** Every element the payload goes through, each keyed by what it tests. */
function buildPage(p: string) {
  const navs: Record<string, IomMegaNav> = {};
  for (const attribute of ['label', 'current', 'collapse-below']) {
    navs[attribute] = make('iom-mega-nav', { [attribute]: p });
    navs[attribute].sections = BASE_SECTIONS;
  }
  navs.src = make('iom-mega-nav', { src: p });
  const fallback = make('ul');
  fallback.append(make('li'));
  fallback.children[0]!.append(make('a', { href: '/base' }, 'Base section'));
  navs.src.append(fallback);
  navs.sections = make('iom-mega-nav');
  navs.sections.sections = hostileSections(p) as NavSection[];
  navs.sections.append(make('span', { slot: 'logo' }, p), make('span', { slot: 'actions' }, p));
  navs.json = make('iom-mega-nav', { src: `/test-api/hardening-xss-nav?p=${encodeURIComponent(p)}` });
  navs.light = make('iom-mega-nav');
  navs.light.append(hostileLightDom(p));

  const cards = Object.fromEntries(Object.keys(CARD).map((name) => [name, make('iom-news-card', { ...CARD, [name]: p })]));
  const excerpt = make('p', {}, p);
  cards.headline!.append(excerpt);
  const contacts = Object.fromEntries(
    Object.keys(CONTACT).map((name) => [name, make('iom-press-contact', { ...CONTACT, [name]: p })]),
  );
  const counters = Object.fromEntries(
    [...Object.keys(COUNTER), 'src'].map((name) => [name, make('iom-member-counter', { ...COUNTER, [name]: p })]),
  );
  counters.json = make('iom-member-counter', { ...COUNTER, src: `/test-api/hardening-xss-counter?p=${encodeURIComponent(p)}` });

  const page = make('div');
  // Narrow cells keep every lazy image near the viewport.
  page.style.cssText = 'display: grid; grid-template-columns: repeat(8, 140px); gap: 8px; align-items: start';
  page.append(...Object.values(navs), ...Object.values(cards), ...Object.values(contacts), ...Object.values(counters));
  return { page, navs, cards, excerpt, contacts, counters };
}

/** Waits until every element has rendered, every `src` has answered and every image has loaded or failed. */
async function settle(page: HTMLElement, fetches: ReturnType<typeof trackFetches>) {
  const elements = [...page.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('*')].filter((el) =>
    el.localName.startsWith('iom-'),
  );
  await Promise.all(elements.map((el) => el.updateComplete));
  await fetches.idle();
  await Promise.all(elements.map((el) => el.updateComplete));
  for (const root of ourShadowRoots(page)) {
    for (const image of root.querySelectorAll('img')) {
      image.scrollIntoView({ block: 'center' });
      await waitUntil(() => image.complete || !image.isConnected, `image ${image.getAttribute('src')} loads or fails`);
    }
  }
  await Promise.all(elements.map((el) => el.updateComplete));
  await frames(3);
}

describe(`XSS corpus (${payloads.length} payloads) through every attribute, JSON field, light DOM and slot`, function () {
  this.timeout(20000);
  let warnings: ReturnType<typeof captureWarnings>;
  let errors: ReturnType<typeof captureErrors>;
  let fetches: ReturnType<typeof trackFetches>;

  const pageUrl = location.href;
  before(() => {
    setPageLanguage('en');
    // Payloads used as relative URLs then resolve to a test route that answers 204, not the static server.
    history.replaceState(history.state, '', '/test-api/hardening-sink/page');
  });
  after(() => history.replaceState(history.state, '', pageUrl));
  beforeEach(() => {
    window.__xss = undefined;
    warnings = captureWarnings();
    errors = captureErrors();
    fetches = trackFetches();
  });
  afterEach(() => {
    fetches.stop();
    errors.stop();
    warnings.stop();
  });

  it('has at least 40 payloads, each of which really sets the flag when run as script', () => {
    expect(payloads.length).to.be.at.least(40);
    expect(new Set(payloads.map((p) => p.value)).size).to.equal(payloads.length);
    for (const { name, value } of payloads) expect(decoded(value), name).to.match(/(window|parent)\.__xss=1/);
    // The flag is what the tests read: a payload that runs sets it.
    const probe = document.createElement('img');
    probe.setAttribute('onerror', 'window.__xss=1');
    // A handler attribute is compiled on first access: this is exactly what a payload would get.
    (probe.onerror as (event: Event) => void)(new Event('error'));
    expect(window.__xss).to.equal(1);
  });

  for (const { name, kind, value: p } of payloads) {
    it(`${kind}: ${name}`, async () => {
      const built = buildPage(p);
      const { page, navs, cards, excerpt, contacts, counters } = built;
      const mutations = new MutationObserver(() => {});
      mutations.observe(document.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });
      document.body.append(page);
      try {
        await settle(page, fetches);
        await waitUntil(() => shadowParts(navs.json!, '[data-top]').length > 0, 'the src navigation is shown');
        const changes = mutations
          .takeRecords()
          .filter((record) => !(record.target === document.body && record.addedNodes[0] === page));

        // Nothing ran, nothing dangerous was rendered, nothing was added to the page.
        expect(window.__xss, 'the payload ran').to.equal(undefined);
        expect(errors.errors, 'uncaught errors').to.deep.equal([]);
        expect(shadowRootProblems(ourShadowRoots(page))).to.deep.equal([]);
        expect(
          changes.map((record) => `${record.type} on <${(record.target as Element).localName ?? record.target.nodeName}>`),
          'changes outside our shadow roots',
        ).to.deep.equal([]);
        expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').to.equal(undefined);

        // Navigation: text as text; the failing src keeps the light DOM.
        const text = collapsed(p);
        expect(navs.label!.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal(p);
        for (const attribute of ['label', 'current', 'collapse-below'])
          expect(shadowParts(navs[attribute]!, '[data-top]').map(textOf), attribute).to.deep.equal(['Base section']);
        expect(shadowParts(navs.src!, '[data-top]').map(textOf), 'light DOM kept when src fails').to.deep.equal(['Base section']);
        for (const key of ['sections', 'json', 'light']) {
          const nav = navs[key]!;
          expect(shadowParts(nav, '[data-top]').map(textOf), `${key}: top-level items`).to.include(text);
          expect(shadowParts(nav, '.description').map(textOf), `${key}: description`).to.deep.equal([text]);
          expect(shadowParts(nav, '.group-label').map(textOf), `${key}: group label`).to.include(text);
          expect(shadowParts(nav, 'a.link').map(textOf), `${key}: link label`).to.include(text);
          // A payload href is either dropped or kept exactly as written (but for the spaces a browser ignores).
          const hrefs = [...nav.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
          for (const href of hrefs)
            expect(['/group', '/link', '/safe', '/light/link', '/light/plain', urlTrimmed(p)], `${key}: href`).to.include(href);
        }
        for (const slot of navs.sections!.querySelectorAll('span')) {
          expect(slot.textContent).to.equal(p);
          expect(slot.assignedSlot, 'slotted').to.not.equal(null);
        }

        // News card.
        const trimmed = p.trim();
        expect(textOf(shadowPart(cards.headline!, 'a.link'))).to.equal(text);
        expect(excerpt.textContent).to.equal(p);
        expect(excerpt.assignedSlot, 'excerpt slotted').to.not.equal(null);
        // An unsafe URL is dropped with a warning.
        const dropped = (attribute: string) =>
          warnings.messages.some((m) => m.startsWith(`[iom-news-card] attribute "${attribute}": `));
        const cardLink = cards.href!.shadowRoot!.querySelector('a');
        if (cardLink) expect(cardLink.getAttribute('href')).to.equal(urlTrimmed(p));
        else expect(textOf(shadowPart(cards.href!, '[part~="headline"]'))).to.equal('Base headline');
        if (!cardLink) expect(dropped('href'), 'warning for the dropped href').to.equal(true);
        expect(textOf(shadowPart(cards.date!, 'time'))).to.equal('');
        expect(textOf(shadowPart(cards.location!, '[part~="dateline"] span'))).to.equal(text);
        const image = cards.image!.shadowRoot!.querySelector('img');
        if (image) expect(['http:', 'https:']).to.include(new URL(image.getAttribute('src')!, document.baseURI).protocol);
        expect(cards['image-alt']!.shadowRoot!.querySelector('img')!.getAttribute('alt')).to.equal(trimmed);
        expect(textOf(shadowPart(cards.category!, '[part~="category"]'))).to.equal(text);
        expect(cards['heading-level']!.shadowRoot!.querySelector('[part~="headline"]')!.localName).to.equal('h3');
        expect(cards.layout!.shadowRoot!.querySelector('article')!.classList.contains('vertical')).to.equal(true);

        // Press contact.
        expect(textOf(shadowPart(contacts.name!, '[part~="name"]'))).to.equal(text);
        expect(textOf(shadowPart(contacts['job-title']!, '[part~="job-title"]'))).to.equal(text);
        expect(textOf(shadowPart(contacts.office!, '[part~="office"]'))).to.equal(text);
        expect(textOf(shadowPart(contacts.phone!, '[part~="phone"]'))).to.equal(text);
        expect(textOf(shadowPart(contacts.email!, '[part~="email"]'))).to.equal(text);
        const mailto = contacts.subject!.shadowRoot!.querySelector('a[part~="email"]')!.getAttribute('href')!;
        expect(mailto.startsWith('mailto:elizama@iom.int?subject=')).to.equal(true);
        expect(decodeURIComponent(mailto.slice(mailto.indexOf('=') + 1))).to.equal(trimmed);
        expect(textOf(shadowPart(contacts.heading!, '[part~="heading"]'))).to.equal(text);
        expect(contacts['heading-level']!.shadowRoot!.querySelector('[part~="heading"]')!.localName).to.equal('h3');

        // Member counter: a payload is never a figure.
        for (const [key, counter] of Object.entries(counters))
          expect(textOf(shadowPart(counter, 'p:not([aria-hidden])')), key).to.equal(DEFAULT_SENTENCE);
      } finally {
        mutations.disconnect();
        page.remove();
      }
    });
  }
});
