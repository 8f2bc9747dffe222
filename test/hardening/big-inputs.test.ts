/*
 * Big inputs stay responsive (issue 13): a navigation of 100,000 links shows its first 1,000
 * entries; light-DOM edits are read once per update, and only when the light DOM is what is shown;
 * a thousand counters in view share one animation loop and at most 20 of them count; unbroken
 * labels of 100,000 characters wrap inside the element. No time is measured: what is bounded is
 * the work (entries rendered, lists read, frames requested) and the space (boxes).
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { IomMegaNav, IomMemberCounter, IomNewsCard, IomPressContact, NavSection } from '../../src/index.js';
import { MAX_COUNTING } from '../../src/member-counter/count-up.controller.js';
import { setViewport } from '../support/commands.js';
import { captureWarnings, fixture, html, waitUntil, warningsDuring } from '../support/helpers.js';
import { frames } from './support.js';

const LINKS = 100_000;
const panelLinks = (nav: IomMegaNav) => [...nav.shadowRoot!.querySelectorAll('.panel a')].map((a) => a.textContent!.trim());

/** A light-DOM navigation of one section holding `count` plain links. */
function lightNav(count: number): IomMegaNav {
  const nav = document.createElement('iom-mega-nav');
  const items = Array.from({ length: count }, (_, n) => `<li><a href="/l/${n}">Link ${n}</a></li>`).join('');
  nav.innerHTML = `<ul><li>Section<ul>${items}</ul></li></ul><div slot="actions"><span>Search</span></div>`;
  return nav;
}

/** Counts the reads of `list`'s children: the reader walks a list through them. */
function countReads(list: Element) {
  const reads = { count: 0 };
  const { get } = Object.getOwnPropertyDescriptor(Element.prototype, 'children')!;
  Object.defineProperty(list, 'children', {
    configurable: true,
    get() {
      reads.count++;
      return get!.call(this) as HTMLCollection;
    },
  });
  return reads;
}

describe('big inputs stay responsive', () => {
  describe('iom-mega-nav of 100,000 links', () => {
    it('by property: shows the first 1,000 entries, with one warning', async () => {
      const links = Array.from({ length: LINKS }, (_, n) => ({ label: `Link ${n}`, href: `/l/${n}` }));
      const sections: NavSection[] = [{ label: 'Section', groups: [{ label: 'Group', links }] }];
      let nav!: IomMegaNav;
      const warnings = await warningsDuring(async () => {
        nav = await fixture<IomMegaNav>(html`<iom-mega-nav .sections=${sections}></iom-mega-nav>`);
      });
      // The section and its group are two of the 1,000 entries.
      const shown = panelLinks(nav);
      expect(shown).to.have.length(998);
      expect([shown[0], shown.at(-1)]).to.deep.equal(['Link 0', 'Link 997']);
      expect(warnings).to.deep.equal([
        '[iom-mega-nav] sections: "sections[0].groups[0].links[998]" is past the first 1000 entries (sections, groups and links); left it and the rest out',
      ]);
    });

    it('by light DOM: reads no further than the limit, with one warning', async () => {
      const nav = lightNav(LINKS);
      const list = nav.querySelector('li > ul')!;
      const warnings = await warningsDuring(async () => {
        document.body.append(nav);
        await nav.updateComplete;
      });
      try {
        const shown = panelLinks(nav);
        expect(shown).to.have.length(998);
        expect(shown.at(-1)).to.equal('Link 997');
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.match(
          /^\[iom-mega-nav\] light DOM <li>: "light DOM <li>\[0\]\.groups\[0\]\.links\[998\]" is past/,
        );
        expect(list.children).to.have.length(LINKS);
      } finally {
        nav.remove();
      }
    });

    it('warns about the first 20 bad entries one by one, then counts the rest in one line', async () => {
      const links = Array.from({ length: 500 }, (_, n) => ({ label: `Link ${n}`, href: `javascript:alert(${n})` }));
      const sections: NavSection[] = [
        { label: 'Section', groups: [{ label: 'Group', links: [...links, { label: 'Kept', href: '/kept' }] }] },
      ];
      let nav!: IomMegaNav;
      const warnings = await warningsDuring(async () => {
        nav = await fixture<IomMegaNav>(html`<iom-mega-nav .sections=${sections}></iom-mega-nav>`);
      });
      expect(panelLinks(nav)).to.deep.equal(['Kept']);
      expect(warnings).to.have.length(21);
      expect(warnings[19]).to.match(/^\[iom-mega-nav\] sections\[0\]\.groups\[0\]\.links\[19\]\.href: "javascript:alert\(19\)"/);
      expect(warnings[20]).to.equal('[iom-mega-nav] sections: 480 more problems like the ones above; skipped what they concern');
    });
  });

  describe('iom-mega-nav light-DOM edits', () => {
    let nav: IomMegaNav;
    let reads: { count: number };
    beforeEach(async () => {
      nav = lightNav(3);
      document.body.append(nav);
      await nav.updateComplete;
      reads = countReads(nav.querySelector('li > ul')!);
    });
    afterEach(() => nav.remove());

    /** Five edits of `node`'s text, `<text> 0` to `<text> 4`, each in its own frame and update. */
    async function editOneByOne(node: Element, text: string) {
      for (let n = 0; n < 5; n++) {
        node.textContent = `${text} ${n}`;
        await frames(1);
        await nav.updateComplete;
      }
    }

    it('reads the list once for many edits made together, and shows the last', async () => {
      const anchor = nav.querySelector('a')!;
      for (let n = 0; n < 50; n++) anchor.textContent = `Edit ${n}`;
      await waitUntil(() => panelLinks(nav)[0] === 'Edit 49', 'the last edit shown');
      expect(reads.count).to.equal(1);
    });

    it('does not read it for edits in the logo or the actions', async () => {
      await editOneByOne(nav.querySelector('[slot="actions"] span')!, 'Search');
      expect(reads.count).to.equal(0);
    });

    it('does not read it while the sections property is shown', async () => {
      nav.sections = [{ label: 'From the property', href: '/p', groups: [] }];
      await nav.updateComplete;
      await editOneByOne(nav.querySelector('a')!, 'Edit');
      expect(reads.count).to.equal(0);
      // Given back to the light DOM, the list is read once, with its last edit.
      nav.sections = undefined;
      await nav.updateComplete;
      expect(panelLinks(nav)[0]).to.equal('Edit 4');
      expect(reads.count).to.equal(1);
    });
  });

  describe('a thousand iom-member-counters in view', () => {
    let wrapper: HTMLElement;
    afterEach(() => wrapper.remove());

    it(`share one animation frame loop, and at most ${MAX_COUNTING} count, with one warning`, async () => {
      await setViewport({ width: 800, height: 600 });
      wrapper = document.createElement('div');
      for (let n = 0; n < 1000; n++) {
        const counter = document.createElement('iom-member-counter');
        counter.duration = 60_000;
        // All in the same place, in view: all half visible at once.
        Object.assign(counter.style, { position: 'fixed', insetBlockStart: '0', insetInlineStart: '0', width: '400px' });
        wrapper.append(counter);
      }
      const counters = [...wrapper.children] as IomMemberCounter[];
      const countingNow = () => counters.filter((counter) => counter.shadowRoot!.querySelector('.counting')).length;
      const capture = captureWarnings();
      const requested = { count: 0 };
      const request = window.requestAnimationFrame;
      window.requestAnimationFrame = (callback) => {
        requested.count++;
        return request.call(window, callback);
      };
      try {
        document.body.append(wrapper);
        await waitUntil(
          () =>
            counters.filter((counter) => counter.shadowRoot!.querySelector('.number:not(.counting)')).length ===
            1000 - MAX_COUNTING,
          'the others show their final figures',
          { timeout: 10_000 },
        );
        expect(countingNow()).to.equal(MAX_COUNTING);
        requested.count = 0;
        for (let n = 0; n < 5; n++) await new Promise((resolve) => request.call(window, resolve));
        // One request per frame, for all of them (and none from this test, which asks the original).
        expect(requested.count).to.be.within(1, 6);
      } finally {
        window.requestAnimationFrame = request;
        capture.stop();
      }
      expect(capture.messages).to.deep.equal([
        `[iom-member-counter] count-up: ${MAX_COUNTING} elements are already counting, the most a page animates; showed the final figures at once`,
      ]);
    });
  });

  describe('unbroken labels of 100,000 characters', () => {
    const word = (letter: string) => letter.repeat(100_000);
    let wrapper: HTMLElement;
    afterEach(() => wrapper.remove());

    /** Every box `root` renders ends inside `container`. */
    function expectInside(root: ShadowRoot, container: Element) {
      const { right } = container.getBoundingClientRect();
      const outside = [...root.querySelectorAll('*')]
        .filter((element) => element.getBoundingClientRect().right > right + 1)
        .map((element) => `${element.localName}.${element.getAttribute('part') ?? element.getAttribute('class')}`);
      expect(outside, 'boxes past the container').to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    }

    async function place<E extends HTMLElement>(element: E, width: number): Promise<E> {
      wrapper = document.createElement('div');
      wrapper.style.width = `${width}px`;
      wrapper.append(element);
      const capture = captureWarnings();
      try {
        document.body.append(wrapper);
        await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      } finally {
        capture.stop();
      }
      return element;
    }

    const navSections = (): NavSection[] => [
      {
        label: word('a'),
        href: '/a',
        description: word('d'),
        groups: [{ label: word('g'), href: '/g', links: [{ label: word('l'), href: '/l' }] }],
      },
      { label: word('b'), href: '/b', groups: [] },
    ];

    for (const [layout, width] of [
      ['wide', 800],
      ['narrow', 320],
    ] as const) {
      it(`iom-mega-nav, ${layout}, with its panel open`, async () => {
        await setViewport({ width: 1000, height: 700 });
        const nav = document.createElement('iom-mega-nav');
        nav.collapseBelow = 500;
        nav.sections = navSections();
        await place(nav, width);
        const root = nav.shadowRoot!;
        if (layout === 'narrow') root.querySelector<HTMLButtonElement>('.menu-button')!.click();
        await nav.updateComplete;
        root.querySelector<HTMLButtonElement>('button.toggle')!.click();
        await nav.updateComplete;
        expect(root.querySelector('.panel')!.checkVisibility()).to.equal(true);
        expectInside(root, wrapper);
      });
    }

    it('iom-news-card', async () => {
      await setViewport({ width: 1000, height: 700 });
      const card = document.createElement('iom-news-card');
      Object.assign(card, { headline: word('h'), href: '/n', location: word('l'), category: word('c'), date: '2018-09-05' });
      await place(card as IomNewsCard, 320);
      expectInside(card.shadowRoot!, wrapper);
    });

    it('iom-press-contact', async () => {
      await setViewport({ width: 1000, height: 700 });
      const contact = document.createElement('iom-press-contact');
      Object.assign(contact, {
        name: word('n'),
        jobTitle: word('t'),
        office: word('o'),
        phone: word('1'),
        email: `${'e'.repeat(64)}@${'d'.repeat(60)}.int`,
      });
      await place(contact as IomPressContact, 320);
      expectInside(contact.shadowRoot!, wrapper);
    });
  });
});
