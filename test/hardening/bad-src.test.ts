/*
 * Every bad answer a `src` can get (nav and counter): 404, 500, a server that hangs past the 10 s
 * timeout (before its headers, or half-way through its body), an HTML page, invalid JSON, 5 MB, JSON
 * of the wrong shape. Each time the page stays usable, one warning names the tag and the URL, the
 * navigation shows its light-DOM fallback and the counter its attribute (or last loaded) figures.
 *
 * Every bad answer would be good data if the check it tests were missing: the 404, 500, HTML and
 * 5 MB bodies hold a valid navigation and valid figures, so a test fails if the check is skipped.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '../support/commands.js';
import '../../src/index.js';
import type { IomMemberCounter, IomNewsCard, NavSection } from '../../src/index.js';
import { captureWarnings, setPageLanguage, shadowPart, textOf, waitUntil } from '../support/helpers.js';
import { navHarness } from '../mega-nav/fixtures.js';
import { captureErrors, frames, make, trackFetches } from './support.js';

/** The no-JavaScript navigation the page wrote: one section with a panel, one plain link. */
function fallbackList(): HTMLUListElement {
  const list = make('ul');
  const who = make('li');
  const links = make('ul');
  links.append(make('li'));
  links.firstElementChild!.append(make('a', { href: '/fallback/structure' }, 'Structure'));
  who.append(make('a', { href: '/fallback/who' }, 'Fallback who'), links);
  const data = make('li');
  data.append(make('a', { href: '/fallback/data' }, 'Fallback data'));
  list.append(who, data);
  return list;
}

const SECTIONS: NavSection[] = [
  { label: 'Sibling', groups: [{ label: 'Group', links: [{ label: 'Sibling link', href: '/sibling' }] }] },
];

/** What the counter says to screen readers. */
const sentence = (counter: IomMemberCounter) => textOf(shadowPart(counter, 'p:not([aria-hidden])'));

/**
 * A page with a navigation and a counter fed by `src` (when `src` is given) and, to prove the page
 * stays usable, a navigation with the same light DOM and no `src`, a navigation with sections, a
 * news card and a button of the page's own.
 */
async function buildPage() {
  const nav = make('iom-mega-nav');
  nav.append(fallbackList());
  const counter = make('iom-member-counter', { 'member-states': '150', countries: '140', duration: '0' });
  const control = make('iom-mega-nav');
  control.append(fallbackList());
  const sibling = make('iom-mega-nav');
  sibling.sections = SECTIONS;
  const card = make('iom-news-card', { headline: 'Still here', href: '/still-here' });
  const button = make('button', { type: 'button' }, 'Page button');
  let clicks = 0;
  button.addEventListener('click', () => clicks++);
  const page = make('div');
  page.append(nav, counter, control, sibling, card, button);
  document.body.append(page);
  await Promise.all([nav, counter, control, sibling, card].map((el) => el.updateComplete));
  return { page, nav, counter, control, sibling, card, button, clicks: () => clicks };
}

type Page = Awaited<ReturnType<typeof buildPage>>;

/** The page's own elements and ours still work. */
async function expectUsable({ sibling, card, button, clicks }: Page) {
  const toggle = sibling.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!;
  toggle.click();
  await sibling.updateComplete;
  expect(toggle.getAttribute('aria-expanded')).to.equal('true');
  expect(sibling.shadowRoot!.querySelector('.panel')!.checkVisibility(), 'sibling panel visible').to.equal(true);
  expect((card as IomNewsCard).shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('/still-here');
  button.click();
  expect(clicks()).to.equal(1);
}

/** The fallback navigation is shown (the same as with no `src` at all) and can be seen. */
function expectFallback({ nav, control }: Page) {
  expect(navHarness(control).items).to.deep.equal(['Fallback who', 'Fallback who submenu', 'Fallback data']);
  expect(navHarness(nav).items).to.deep.equal(navHarness(control).items);
  for (const item of nav.shadowRoot!.querySelectorAll('[data-top]')) {
    expect(item.checkVisibility({ visibilityProperty: true }), 'fallback visible').to.equal(true);
    expect(item.getBoundingClientRect().width).to.be.greaterThan(0);
  }
}

interface BadAnswer {
  name: string;
  /** The URL under /test-api/, without the test's own `case` parameter. */
  path: string;
  /** What the warning says about it. */
  problem: string;
  /** Only for one kind of `src`. */
  only?: 'nav' | 'counter';
}

const badAnswers: BadAnswer[] = [
  { name: '404', path: 'hardening-status?status=404', problem: 'answered HTTP 404' },
  { name: '500', path: 'hardening-status?status=500', problem: 'answered HTTP 500' },
  { name: '503', path: 'hardening-status?status=503', problem: 'answered HTTP 503' },
  { name: 'an HTML page', path: 'hardening-html', problem: 'answered "text/html; charset=utf-8", not JSON' },
  { name: 'invalid JSON', path: 'hardening-invalid-json', problem: 'answered invalid JSON' },
  { name: '5 MB with its length declared', path: 'hardening-huge', problem: 'answered more than 1000000 bytes' },
  { name: '5 MB streamed without a length', path: 'hardening-huge?stream', problem: 'answered more than 1000000 bytes' },
  ...[
    'no-sections',
    'empty-sections',
    'invalid-sections',
    'sections-string',
    'array-of-numbers',
    'null',
    'string',
    'figures-strings',
    'figures-missing',
    'figures-out-of-range',
    'figures-fraction',
  ].map((shape): BadAnswer => ({
    name: `JSON of the wrong shape (${shape})`,
    path: `hardening-shape?shape=${shape}`,
    problem: 'answered JSON of the wrong shape',
    only: shape.startsWith('figures') ? 'counter' : shape.includes('sections') ? 'nav' : undefined,
  })),
];

let caseNumber = 0;
/** A URL of its own for each use, so that no warning is taken for one already printed. */
const url = (path: string) => `/test-api/${path}${path.includes('?') ? '&' : '?'}case=${++caseNumber}`;

describe('bad answers for src', function () {
  let page: Page;
  let warnings: ReturnType<typeof captureWarnings>;
  let errors: ReturnType<typeof captureErrors>;
  let fetches: ReturnType<typeof trackFetches>;

  before(async () => {
    setPageLanguage('en');
    await setViewport({ width: 1280, height: 900 }); // wide: the navigations show their sections, not a Menu button
  });
  beforeEach(async () => {
    page = await buildPage();
    errors = captureErrors();
    fetches = trackFetches();
  });
  afterEach(() => {
    warnings?.stop();
    fetches.stop();
    errors.stop();
    page.page.remove();
  });

  /** Waits for the first warning, then until every request has ended, and returns all warnings. */
  async function warningsOnceIdle(expected: number, timeout = 5000): Promise<string[]> {
    await waitUntil(() => warnings.messages.length >= expected, `${expected} warning(s)`, { timeout });
    await fetches.idle();
    await Promise.all([page.nav.updateComplete, page.counter.updateComplete]);
    await frames(2);
    warnings.stop();
    return warnings.messages;
  }

  for (const { name, path, problem, only } of badAnswers) {
    if (only !== 'counter')
      it(`nav, ${name}: one warning, light-DOM fallback kept, page usable`, async () => {
        warnings = captureWarnings();
        const src = url(path);
        page.nav.src = src;
        const messages = await warningsOnceIdle(1);
        expect(messages).to.have.length(1);
        expect(messages[0]).to.contain(`[iom-mega-nav] src: ${JSON.stringify(src)} ${problem}`);
        expectFallback(page);
        await expectUsable(page);
        expect(errors.errors).to.deep.equal([]);
      });

    if (only !== 'counter')
      it(`nav, ${name} after a good file: back to the light-DOM fallback, one warning`, async () => {
        page.nav.src = url('hardening-nav?tag=good');
        await waitUntil(() => navHarness(page.nav).items.includes('Section good'), 'the good file');
        warnings = captureWarnings();
        const src = url(path);
        page.nav.src = src;
        const messages = await warningsOnceIdle(1);
        expect(messages).to.have.length(1);
        expect(messages[0]).to.contain(`[iom-mega-nav] src: ${JSON.stringify(src)} ${problem}`);
        expectFallback(page);
        await expectUsable(page);
        expect(errors.errors).to.deep.equal([]);
      });

    if (only !== 'nav')
      it(`counter, ${name}: one warning, attribute figures kept, page usable`, async () => {
        warnings = captureWarnings();
        const src = url(path);
        page.counter.src = src;
        const messages = await warningsOnceIdle(1);
        expect(messages).to.have.length(1);
        expect(messages[0]).to.contain(`[iom-member-counter] src: ${JSON.stringify(src)} ${problem}`);
        expect(sentence(page.counter)).to.equal('150 Member States, present in 140 countries');
        await expectUsable(page);
        expect(errors.errors).to.deep.equal([]);
      });

    if (only !== 'nav')
      it(`counter, ${name} after good figures: the last good figures kept, one warning`, async () => {
        page.counter.src = url('hardening-figures?m=111&c=99');
        await waitUntil(() => sentence(page.counter)!.startsWith('111'), 'the good figures');
        warnings = captureWarnings();
        const src = url(path);
        page.counter.src = src;
        const messages = await warningsOnceIdle(1);
        expect(messages).to.have.length(1);
        expect(messages[0]).to.contain(`[iom-member-counter] src: ${JSON.stringify(src)} ${problem}`);
        expect(sentence(page.counter)).to.equal('111 Member States, present in 99 countries');
        await expectUsable(page);
        expect(errors.errors).to.deep.equal([]);
      });
  }

  it('nav, a sections property with no valid section: one warning, the src or light DOM shown instead', async () => {
    warnings = captureWarnings();
    page.nav.sections = [{ title: 'No label' }, 42] as unknown as NavSection[];
    await page.nav.updateComplete;
    warnings.stop();
    expect(warnings.messages).to.deep.equal([
      '[iom-mega-nav] property "sections": [{"title":"No label"},42] has no valid section (sections[0].label is missing); ignored it',
    ]);
    expectFallback(page);
  });

  it('nav, a light-DOM list with no valid item: one warning, nothing shown', async () => {
    warnings = captureWarnings();
    const nav = make('iom-mega-nav');
    const list = make('ul');
    list.append(make('li'), make('li'));
    list.lastElementChild!.append(make('a', {}, 'No href'));
    nav.append(list);
    page.page.append(nav);
    await nav.updateComplete;
    warnings.stop();
    expect(warnings.messages).to.deep.equal([
      '[iom-mega-nav] light DOM: "<ul>" has no valid section (light DOM <li>[0].label is missing); ignored it',
    ]);
    expect(navHarness(nav).items).to.deep.equal([]);
    await expectUsable(page);
  });

  /*
   * The components use fetch-json's 10 s default, which no attribute changes (and tests add no hook
   * to the components). The four hanging cases therefore run side by side in one test, against
   * servers that answer only after 12 s: 10 s of waiting in all, in this one test only.
   */
  it('nav and counter, a server hanging past the 10 s timeout (before its headers, or in its body): one warning each, fallbacks kept', async function () {
    this.timeout(30000);
    const second = await buildPage();
    page.nav.src = url('hardening-nav?tag=good');
    second.counter.src = url('hardening-figures?m=111&c=99');
    await waitUntil(() => navHarness(page.nav).items.includes('Section good') && sentence(second.counter)!.startsWith('111'));
    warnings = captureWarnings();
    const hanging = {
      navFirst: url('hardening-hang?ms=12000'),
      navAfterGood: url('hardening-hang-body?ms=12000'),
      counterFirst: url('hardening-hang-body?ms=12000'),
      counterAfterGood: url('hardening-hang?ms=12000'),
    };
    second.nav.src = hanging.navFirst;
    page.nav.src = hanging.navAfterGood;
    page.counter.src = hanging.counterFirst;
    second.counter.src = hanging.counterAfterGood;
    // While waiting, the fallbacks (or the last good answers) are shown.
    await frames(2);
    expect(navHarness(second.nav).items).to.deep.equal(navHarness(second.control).items);
    expect(navHarness(page.nav).items).to.include('Section good');
    expect(sentence(page.counter)).to.equal('150 Member States, present in 140 countries');
    expect(sentence(second.counter)).to.equal('111 Member States, present in 99 countries');
    try {
      const messages = await warningsOnceIdle(4, 15000);
      expect(messages).to.have.length(4);
      const timedOut = (tag: string, src: string) => `[${tag}] src: ${JSON.stringify(src)} did not answer within 10000 ms`;
      expect(messages).to.have.members([
        timedOut('iom-mega-nav', hanging.navFirst) + '; showed the light-DOM navigation',
        timedOut('iom-mega-nav', hanging.navAfterGood) + '; showed the light-DOM navigation',
        timedOut('iom-member-counter', hanging.counterFirst) + '; kept the current content',
        timedOut('iom-member-counter', hanging.counterAfterGood) + '; kept the current content',
      ]);
      expectFallback(page);
      expectFallback(second);
      expect(sentence(page.counter)).to.equal('150 Member States, present in 140 countries');
      expect(sentence(second.counter)).to.equal('111 Member States, present in 99 countries');
      await expectUsable(page);
      await expectUsable(second);
      expect(errors.errors).to.deep.equal([]);
    } finally {
      second.page.remove();
    }
  });
});
