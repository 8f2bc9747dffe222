/*
 * Another script on the page has added properties to `Object.prototype` (a polluted `merge()`).
 * Inherited properties are never read as data: a `src` answering `{}` or `{ "sections": [{}] }`,
 * a `sections` property made of such objects, a light-DOM list and the fetch options the library
 * leaves to their defaults show nothing injected; each bad answer gets one warning, and what is
 * valid in it is shown as on a clean page.
 *
 * Each test pollutes the prototype only while the element reads its data, and records what it
 * shows then; the assertions run once the prototype is clean again (the test framework iterates
 * objects with `for…in`, which would see the pollution).
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { IomMegaNav, IomMemberCounter, NavToggleDetail } from '../../src/index.js';
import { captureWarnings, setPageLanguage, shadowPart, shadowParts, textOf, waitUntil } from '../support/helpers.js';
import { oneLinkList } from './light-list.js';
import { make, trackFetches } from './support.js';

/** What the polluting script adds: every field of a section, a group, a link and the figures. */
const INJECTED: Record<string, unknown> = {
  sections: [{ label: 'Injected section', href: '/injected' }],
  label: 'Injected label',
  href: '/injected',
  groups: [{ label: 'Injected group', links: [{ label: 'Injected link', href: '/injected' }] }],
  links: [{ label: 'Injected link', href: '/injected' }],
  id: 'injected',
  description: 'Injected description',
  implicit: true,
  memberStates: 999,
  countries: 998,
};

/** Runs `action` with `pollution` on `Object.prototype` (enumerable, as a polluted `merge()` sets it), then removes it. */
async function polluted<T>(action: () => Promise<T>, pollution: Record<string, unknown> = INJECTED): Promise<T> {
  const prototype = Object.prototype as Record<string, unknown>;
  const keys = Object.keys(pollution);
  for (const key of keys) prototype[key] = pollution[key];
  try {
    return await action();
  } finally {
    for (const key of keys) delete prototype[key];
  }
}

const echo = (json: unknown) => `/test-api/hardening-echo?json=${encodeURIComponent(JSON.stringify(json))}`;

/** A navigation whose light DOM (its fallback) is one plain link. */
function navWithFallback(): IomMegaNav {
  const nav = make('iom-mega-nav');
  nav.append(oneLinkList('Fallback', '/fallback'));
  return nav;
}

/** What a navigation shows: its top-level items, its panels' text and every URL it renders. */
function navView(nav: IomMegaNav) {
  const root = nav.shadowRoot!;
  return {
    top: shadowParts(nav, '[data-top]').map(textOf),
    panels: shadowParts(nav, '.panel').map((panel) => shadowParts(nav, `#${panel.id} p, #${panel.id} li`).map(textOf)),
    urls: [...root.querySelectorAll('[href]')].map((link) => link.getAttribute('href')),
    text: root.textContent!,
  };
}

type NavView = ReturnType<typeof navView>;

/**
 * Sets up `nav` inside the polluted page, waits until it shows what it read, and returns that and
 * the warnings. By default, until its first warning: every case here warns about what it read, and
 * that also says a `src` answer has been read, however long its body took under load.
 */
async function observe(
  nav: IomMegaNav,
  setUp: () => void,
  {
    pollution,
    read = (warnings) => warnings.length > 0,
  }: { pollution?: Record<string, unknown>; read?: (warnings: string[]) => unknown } = {},
) {
  const capture = captureWarnings();
  const network = trackFetches();
  try {
    return await polluted(async () => {
      setUp();
      document.body.append(nav);
      await network.idle();
      await waitUntil(() => read(capture.messages), 'what was read shown', { timeout: 5000 });
      await nav.updateComplete;
      return { view: navView(nav), warnings: [...capture.messages] };
    }, pollution);
  } finally {
    network.stop();
    capture.stop();
  }
}

function expectNothingInjected(view: NavView) {
  expect(view.text).not.to.include('Injected');
  expect(view.urls).not.to.include('/injected');
}

interface NavCase {
  name: string;
  json: unknown;
  /** The top-level items shown. */
  top: string[];
  /** The panels' paragraphs and links. */
  panels?: string[][];
  /** The one warning, or a part of it. */
  warning: string;
}

const FALLBACK = ['Fallback'];
const WRONG_SHAPE = 'answered JSON of the wrong shape';

/** A section without an id (nor a description, nor a link), with one link that has no field. */
const NO_ID = {
  sections: [{ label: 'Own section', groups: [{ label: 'Own group', links: [{ label: 'Own link', href: '/own' }, {}] }] }],
};

const navCases: NavCase[] = [
  { name: 'an empty object', json: {}, top: FALLBACK, warning: `${WRONG_SHAPE} (is not a list of sections)` },
  {
    name: 'a section with no field',
    json: { sections: [{}] },
    top: FALLBACK,
    warning: `${WRONG_SHAPE} (has no valid section (src[0].label is missing))`,
  },
  {
    name: 'a group with no field',
    json: { sections: [{ label: 'Own section', groups: [{}] }] },
    top: FALLBACK,
    warning: `${WRONG_SHAPE} (has no valid section (src[0].groups[0].links has no valid link))`,
  },
  {
    name: 'a valid section and an empty one',
    json: { sections: [{ label: 'Own section', href: '/own' }, {}] },
    top: ['Own section'],
    warning: '[iom-mega-nav] src[1].label: undefined is missing; skipped the section',
  },
  {
    name: 'a section with no description or link, a group with no link, a link with no field',
    json: NO_ID,
    top: ['Own section'],
    panels: [['Own group', 'Own link']],
    warning: '[iom-mega-nav] src[0].groups[0].links[1].label: undefined is missing; skipped the link',
  },
  {
    name: 'a group with no label',
    json: { sections: [{ label: 'Own section', groups: [{ links: [{ label: 'Own link', href: '/own' }] }] }] },
    top: ['Own section'],
    panels: [['Own link']],
    warning: '[iom-mega-nav] src[0].groups[0].label: undefined is missing; showed its links without a heading',
  },
];

describe('Hardening: inherited properties are never read as data', () => {
  before(async () => {
    setPageLanguage('en');
    // Loaded on the first `src`: loaded before, so that no test waits for it while polluted.
    await import('../../src/core/fetch-json.js');
  });
  afterEach(() => {
    for (const el of document.querySelectorAll('iom-mega-nav, iom-member-counter')) el.remove();
  });

  describe('<iom-mega-nav src> answering objects that lack fields Object.prototype has', () => {
    for (const { name, json, top, panels, warning } of navCases) {
      it(`${name}: ${JSON.stringify(json)}`, async () => {
        const nav = navWithFallback();
        const { view, warnings } = await observe(nav, () => (nav.src = echo(json)));
        expectNothingInjected(view);
        expect(view.top).to.deep.equal(top);
        if (panels) expect(view.panels).to.deep.equal(panels);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include(warning);
      });
    }

    it('a section without an id is reported as `section-<index>`, not with an inherited id', async () => {
      const nav = navWithFallback();
      // Warned about in the case above already: each message is printed once per page.
      await observe(nav, () => (nav.src = echo(NO_ID)), { read: () => nav.shadowRoot!.querySelector('.toggle') });
      let detail: NavToggleDetail | undefined;
      nav.addEventListener('iom-nav-toggle', (event) => (detail = event.detail));
      nav.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.click();
      expect(detail).to.deep.equal({ index: 0, id: 'section-0', label: 'Own section', open: true });
    });
  });

  describe('the `sections` property', () => {
    it('an empty object: the light DOM, one warning', async () => {
      const nav = navWithFallback();
      const { view, warnings } = await observe(nav, () => (nav.sections = {} as never));
      expectNothingInjected(view);
      expect(view.top).to.deep.equal(FALLBACK);
      expect(warnings).to.deep.equal(['[iom-mega-nav] property "sections": {} is not a list of sections; ignored it']);
    });

    it('a list of one empty object: the light DOM, one warning', async () => {
      const nav = navWithFallback();
      const { view, warnings } = await observe(nav, () => (nav.sections = [{}] as never));
      expectNothingInjected(view);
      expect(view.top).to.deep.equal(FALLBACK);
      expect(warnings).to.deep.equal([
        '[iom-mega-nav] property "sections": [{}] has no valid section (sections[0].label is missing); ignored it',
      ]);
    });
  });

  it('a light-DOM group without a label is warned about, whatever Object.prototype says about it', async () => {
    const nav = make('iom-mega-nav');
    const list = make('ul');
    // <li><a>Own section</a><ul><li><ul><li><a>Own link</a></li></ul></li></ul></li>: a group with no label.
    const section = make('li');
    const groups = make('ul');
    const group = make('li');
    const links = make('ul');
    links.append(make('li'));
    links.firstElementChild!.append(make('a', { href: '/own' }, 'Own link'));
    group.append(links);
    groups.append(group);
    section.append(make('a', { href: '/section' }, 'Own section'), groups);
    list.append(section);
    nav.append(list);
    const { view, warnings } = await observe(nav, () => undefined);
    expectNothingInjected(view);
    expect(view.panels).to.deep.equal([['Own link']]);
    expect(warnings).to.deep.equal([
      '[iom-mega-nav] light DOM <li>[0].groups[0].label: "" is missing; showed its links without a heading',
    ]);
  });

  describe('<iom-member-counter src>', () => {
    /**
     * A counter of 150 and 140 from its attributes, loading `src` in the polluted page, until `read`
     * says it has read the answer (by default, its first warning).
     */
    async function counterShowing(
      src: string,
      pollution?: Record<string, unknown>,
      read: (counter: IomMemberCounter, warnings: string[]) => unknown = (_, warnings) => warnings.length > 0,
    ) {
      const counter = make('iom-member-counter', { 'member-states': '150', countries: '140', duration: '0' });
      const capture = captureWarnings();
      const network = trackFetches();
      try {
        return await polluted(async () => {
          counter.src = src;
          document.body.append(counter);
          await network.idle();
          await waitUntil(() => read(counter, capture.messages), 'what was read shown', { timeout: 5000 });
          await counter.updateComplete;
          return { counter, sentence: textOf(shadowPart(counter, 'p')), warnings: [...capture.messages] };
        }, pollution);
      } finally {
        network.stop();
        capture.stop();
      }
    }

    for (const [json, missing] of [
      [{}, 'memberStates'],
      [{ memberStates: 180 }, 'countries'],
    ] as const) {
      it(`answering ${JSON.stringify(json)}: the attributes' figures, one warning`, async () => {
        const { sentence, warnings } = await counterShowing(echo(json));
        expect(sentence).to.equal('150 Member States, present in 140 countries');
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include(`${WRONG_SHAPE} ("${missing}" must be a whole number from 0 to 1000)`);
      });
    }

    it('fetch options on Object.prototype (timeout, maxBytes, fallback) change nothing', async () => {
      const pollution = { timeout: 0, maxBytes: 0, fallback: 'injected' };
      const loaded = await counterShowing('/test-api/ok', pollution, (counter) =>
        textOf(shadowPart(counter, 'p')).startsWith('180'),
      );
      expect(loaded.sentence).to.equal('180 Member States, present in 172 countries');
      expect(loaded.warnings).to.deep.equal([]);
      // A failing src keeps the last good figures (the counter gives no `fallback`).
      const network = trackFetches();
      const capture = captureWarnings();
      try {
        await polluted(async () => {
          loaded.counter.src = '/test-api/not-found';
          await network.idle();
          await loaded.counter.updateComplete;
        }, pollution);
      } finally {
        network.stop();
        capture.stop();
      }
      expect(textOf(shadowPart(loaded.counter, 'p'))).to.equal('180 Member States, present in 172 countries');
      expect(capture.messages).to.deep.equal([
        '[iom-member-counter] src: "/test-api/not-found" answered HTTP 404; kept the current content',
      ]);
    });
  });
});
