import { expect } from '@open-wc/testing';
import '../../src/iom-mega-nav.js';
import type { IomMegaNav } from '../../src/iom-mega-nav.js';
import {
  captureWarnings,
  expectVisuallyHidden,
  fixture,
  html,
  setPageLanguage,
  waitUntil,
  warningsDuring,
} from '../support/helpers.js';
import { freshPage } from '../support/fresh-page.js';
import { navAt, navHarness, sections } from './fixtures.js';

const linkTexts = (nav: IomMegaNav) => [...nav.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent!.trim());
const currentOf = (nav: IomMegaNav, text: string) =>
  [...nav.shadowRoot!.querySelectorAll('a')].find((a) => a.textContent!.trim() === text)?.getAttribute('aria-current') ?? null;

const lightDom = html`<iom-mega-nav>
  <a slot="logo" href="/">IOM</a>
  <ul>
    <li>
      <a href="/fr/qui-sommes-nous">Qui sommes-nous</a>
      <p>L’OIM fait partie du système des Nations Unies.</p>
      <ul>
        <li>
          Structure
          <ul>
            <li><a href="/fr/structure/organisation">Structure organisationnelle</a></li>
            <li><a href="/fr/structure/dg">Directrice générale</a></li>
          </ul>
        </li>
      </ul>
    </li>
    <li>
      <span>Agir</span>
      <ul>
        <li><a href="/fr/agir/travailler">Travailler avec nous</a></li>
        <li><a href="/fr/agir/engagez-vous">Engagez-vous</a></li>
      </ul>
    </li>
    <li><a href="/fr/donnees">Données et recherche</a></li>
  </ul>
</iom-mega-nav>`;

/** The top-level items of the fixture sections, as a screen reader names them. */
const TOP_ITEMS = ['Who we are', 'Who we are submenu', 'Our work', 'Take action', 'Data and research'];

describe('iom-mega-nav content', () => {
  afterEach(() => setPageLanguage('en'));

  it('renders a <nav> landmark named by label, default "Main"', async () => {
    const nav = await fixture<IomMegaNav>(html`<iom-mega-nav .sections=${sections}></iom-mega-nav>`);
    const landmark = nav.shadowRoot!.querySelector('nav')!;
    expect(landmark.getAttribute('aria-label')).to.equal('Main');
    nav.label = 'Site';
    await nav.updateComplete;
    expect(landmark.getAttribute('aria-label')).to.equal('Site');
  });

  it('takes its styles from constructable stylesheets that every instance shares, with no <style> element', async () => {
    const first = await fixture<IomMegaNav>(html`<iom-mega-nav .sections=${sections}></iom-mega-nav>`);
    const second = await fixture<IomMegaNav>(html`<iom-mega-nav .sections=${sections}></iom-mega-nav>`);
    const sheets = first.shadowRoot!.adoptedStyleSheets;
    expect(sheets.length).to.be.greaterThan(0);
    expect(second.shadowRoot!.adoptedStyleSheets).to.have.ordered.members(sheets);
    expect(first.shadowRoot!.querySelector('style')).to.equal(null);
    expect(getComputedStyle(navHarness(first).toggles[0]!).fontWeight).to.equal('600');
  });

  it('hides its screen-reader text by clipping, so it stays rendered (and in the accessibility tree)', async () => {
    const nav = await navAt(1100);
    const text = navHarness(nav).toggles[0]!.querySelector('.visually-hidden')!;
    expect(text.textContent).to.equal('Who we are submenu, current section');
    expectVisuallyHidden(text);
  });

  it('renders and opens its panels in a page without Trusted Types', async () => {
    const page = await freshPage('/src/iom-mega-nav.ts', { trustedTypes: false });
    try {
      expect((page.window as { trustedTypes?: unknown }).trustedTypes).to.equal(undefined);
      const nav = page.document.createElement('iom-mega-nav');
      nav.sections = sections;
      page.document.body.append(nav);
      await nav.updateComplete;
      expect(navHarness(nav).items).to.deep.equal(TOP_ITEMS);
      navHarness(nav).toggles[1]!.click();
      await nav.updateComplete;
      expect(navHarness(nav).openPanels.map((panel) => panel.id)).to.deep.equal(['panel-1']);
    } finally {
      page.remove();
    }
  });

  it('closes the open panel when new sections replace the shown ones', async () => {
    const nav = await fixture<IomMegaNav>(html`<iom-mega-nav .sections=${sections}></iom-mega-nav>`);
    navHarness(nav).toggles[1]!.click();
    await nav.updateComplete;
    expect(navHarness(nav).toggles[1]!.getAttribute('aria-expanded')).to.equal('true');
    nav.sections = [...sections].reverse();
    await nav.updateComplete;
    expect(navHarness(nav).toggles.map((button) => button.getAttribute('aria-expanded'))).to.not.include('true');
    expect([...nav.shadowRoot!.querySelectorAll<HTMLElement>('.panel')].every((panel) => panel.hidden)).to.equal(true);
  });

  it('renders sections from the property: buttons for panels, own links beside them, plain links', async () => {
    const nav = await fixture<IomMegaNav>(html`<iom-mega-nav .sections=${sections}></iom-mega-nav>`);
    expect(navHarness(nav).items).to.deep.equal(TOP_ITEMS);
    for (const button of navHarness(nav).toggles) {
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const panel = nav.shadowRoot!.getElementById(button.getAttribute('aria-controls')!);
      expect(panel, 'aria-controls resolves inside the shadow root').not.to.equal(null);
      expect(panel!.hidden).to.equal(true);
    }
    expect(nav.shadowRoot!.querySelector('.panel p')!.textContent).to.equal('IOM is part of the United Nations system.');
  });

  it('reads the light-DOM list and follows changes to it', async () => {
    const nav = await fixture<IomMegaNav>(lightDom);
    expect(navHarness(nav).items).to.deep.equal(['Qui sommes-nous', 'Qui sommes-nous submenu', 'Agir', 'Données et recherche']);
    expect(linkTexts(nav)).to.include.members([
      'Structure organisationnelle',
      'Directrice générale',
      'Travailler avec nous',
      'Engagez-vous',
    ]);
    expect(nav.shadowRoot!.querySelector('.group-label')!.textContent!.trim()).to.equal('Structure');
    const item = document.createElement('li');
    item.innerHTML = '<a href="/fr/agenda-2030">Agenda 2030</a>';
    nav.querySelector(':scope > ul')!.append(item);
    await waitUntil(() => navHarness(nav).items.includes('Agenda 2030'), 'follows the light DOM');
  });

  it('puts the logo and actions slots in the bar', async () => {
    const nav = await fixture<IomMegaNav>(
      html`<iom-mega-nav .sections=${sections}
        ><a slot="logo" href="/">IOM</a><button slot="actions">Search</button></iom-mega-nav
      >`,
    );
    const slots = [...nav.shadowRoot!.querySelectorAll('slot')].map((slot) => [
      slot.name,
      slot.assignedElements().map((e) => e.textContent),
    ]);
    expect(slots).to.deep.equal([
      ['logo', ['IOM']],
      ['actions', ['Search']],
    ]);
  });

  it('loads src, replacing {lang} with the page language, and prefers it over the light DOM', async () => {
    setPageLanguage('fr-CA');
    const nav = await fixture<IomMegaNav>(
      html`<iom-mega-nav src="/test/mega-nav/data/nav.{lang}.json">
        <ul>
          <li><a href="/light">Light DOM</a></li>
        </ul>
      </iom-mega-nav>`,
    );
    await waitUntil(() => navHarness(nav).items.includes('Notre travail'), 'French JSON loaded');
    setPageLanguage('en');
    await waitUntil(() => navHarness(nav).items.includes('Our work'), 'follows <html lang> to the English file');
  });

  it('puts only a language code into {lang}', async () => {
    setPageLanguage('//other.host/x');
    const nav = await fixture<IomMegaNav>(html`<iom-mega-nav src="/test/mega-nav/data/nav.{lang}.json"></iom-mega-nav>`);
    await waitUntil(() => navHarness(nav).items.includes('Our work'), 'fell back to the English file');
  });

  it('prefers the property over src and the light DOM', async () => {
    const nav = await fixture<IomMegaNav>(
      html`<iom-mega-nav .sections=${sections} src="/test/mega-nav/data/nav.fr.json"
        ><ul>
          <li><a href="/light">Light DOM</a></li>
        </ul></iom-mega-nav
      >`,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(navHarness(nav).items[0]).to.equal('Who we are');
  });

  describe('current page', () => {
    it('marks the link of `current` with aria-current="page", its section link "true" and the button with a non-colour marker', async () => {
      const nav = await fixture<IomMegaNav>(
        html`<iom-mega-nav .sections=${sections} current="/en/who-we-are/structure/director-general/"></iom-mega-nav>`,
      );
      expect(currentOf(nav, 'Director General')).to.equal('page');
      expect(currentOf(nav, 'Who we are')).to.equal('true');
      expect(currentOf(nav, 'Careers')).to.equal(null);
      const button = navHarness(nav).toggles[0]!;
      expect(button.textContent).to.contain(', current section');
      expect(getComputedStyle(button).borderBlockEndWidth).to.equal('3px');
      expect(getComputedStyle(button).borderBlockEndStyle).to.equal('solid');
      expect(getComputedStyle(navHarness(nav).toggles[1]!).borderBlockEndColor).to.equal('rgba(0, 0, 0, 0)');
    });

    it('ignores query, hash, index.html and a trailing slash, and resolves relative URLs', async () => {
      const nav = await fixture<IomMegaNav>(
        html`<iom-mega-nav .sections=${sections} current="/en/our-work/development/index.html?x=1#top"></iom-mega-nav>`,
      );
      expect(currentOf(nav, 'Migration and development')).to.equal('page');
      nav.current = 'careers';
      await nav.updateComplete;
      expect(currentOf(nav, 'Careers')).to.equal(null, 'relative to the test page, not the same path');
      nav.current = new URL('/en/take-action/careers', location.href).href;
      await nav.updateComplete;
      expect(currentOf(nav, 'Careers')).to.equal('page');
      expect(navHarness(nav).toggles[2]!.classList.contains('current')).to.equal(true);
    });

    it('matches paths with non-ASCII characters however they are encoded', async () => {
      const local = [
        { label: 'Données', groups: [{ label: 'G', links: [{ label: 'Données', href: '/fr/données-et-recherche' }] }] },
      ];
      const nav = await fixture<IomMegaNav>(
        html`<iom-mega-nav .sections=${local} current="/fr/donn%C3%A9es-et-recherche/"></iom-mega-nav>`,
      );
      expect(currentOf(nav, 'Données')).to.equal('page');
    });

    it('marks the section link itself as the page when it is the current page', async () => {
      const nav = await fixture<IomMegaNav>(
        html`<iom-mega-nav .sections=${sections} current="/en/data-research"></iom-mega-nav>`,
      );
      expect(currentOf(nav, 'Data and research')).to.equal('page');
    });

    it('uses the page location by default and follows history navigation', async () => {
      const here = location.pathname + location.search;
      const local: typeof sections = [{ label: 'Here', groups: [{ label: 'G', links: [{ label: 'This page', href: here }] }] }];
      const nav = await fixture<IomMegaNav>(html`<iom-mega-nav .sections=${local}></iom-mega-nav>`);
      expect(currentOf(nav, 'This page')).to.equal('page');
      history.pushState(null, '', '/elsewhere');
      window.dispatchEvent(new PopStateEvent('popstate'));
      await nav.updateComplete;
      expect(currentOf(nav, 'This page')).to.equal(null);
      history.pushState(null, '', here);
    });
  });

  describe('bad input', () => {
    const bad = [
      { label: '', groups: [] },
      { label: 'No links', groups: [{ label: 'Empty', links: [] }] },
      {
        id: 'dup',
        label: 'Mixed',
        href: 'javascript:alert(1)',
        groups: [
          {
            links: [
              { label: 'Fine', href: '/fine' },
              { label: 'No href' },
              { label: 'Unsafe', href: ' JaVaScRiPt:alert(1)' },
              { href: '/no-label' },
              'not a link',
            ],
          },
        ],
      },
      { id: 'dup', label: 'Twin', href: '/twin', groups: [] },
      42,
    ];

    it('skips each bad entry with one warning and renders the rest', async () => {
      let nav!: IomMegaNav;
      const warnings = await warningsDuring(async () => {
        nav = await fixture<IomMegaNav>(html`<iom-mega-nav .sections=${bad}></iom-mega-nav>`);
      });
      expect(navHarness(nav).items).to.deep.equal(['Mixed', 'Twin']);
      expect(linkTexts(nav)).to.include('Fine').and.not.include('Unsafe').and.not.include('No href');
      expect(nav.shadowRoot!.innerHTML).not.to.contain('javascript');
      expect(warnings).to.deep.equal([
        '[iom-mega-nav] sections[0].label: "" is missing; skipped the section',
        '[iom-mega-nav] sections[1].groups[0].links: [] has no valid link; skipped the group',
        '[iom-mega-nav] sections[1]: "No links" has no link and no group; skipped the section',
        '[iom-mega-nav] sections[2].groups[0].links[1].href: undefined is missing; skipped the link',
        '[iom-mega-nav] sections[2].groups[0].links[2].href: " JaVaScRiPt:alert(1)" is not an http(s), mailto, tel or relative URL; dropped the link',
        '[iom-mega-nav] sections[2].groups[0].links[3].label: undefined is missing; skipped the link',
        '[iom-mega-nav] sections[2].groups[0].links[4]: "not a link" is not an object; skipped it',
        '[iom-mega-nav] sections[2].groups[0].label: undefined is missing; showed its links without a heading',
        '[iom-mega-nav] sections[2].href: "javascript:alert(1)" is not an http(s), mailto, tel or relative URL; dropped the link',
        '[iom-mega-nav] sections[3].id: "dup" is a duplicate; used "section-3"',
        '[iom-mega-nav] sections[4]: 42 is not an object; skipped it',
      ]);
    });

    it('warns once for a sections value that is not a list', async () => {
      const warnings = await warningsDuring(async () => {
        const nav = await fixture<IomMegaNav>(
          html`<iom-mega-nav .sections=${'nope' as never}
            ><ul>
              <li><a href="/kept">Kept</a></li>
            </ul></iom-mega-nav
          >`,
        );
        expect(navHarness(nav).items).to.deep.equal(['Kept']);
      });
      expect(warnings).to.deep.equal(['[iom-mega-nav] property "sections": "nope" is not a list of sections; ignored it']);
    });

    it('warns for a malformed light DOM and renders what it can', async () => {
      const warnings = await warningsDuring(async () => {
        const nav = await fixture<IomMegaNav>(html`<iom-mega-nav><div>Not a list</div></iom-mega-nav>`);
        expect(navHarness(nav).items).to.deep.equal([]);
        const partial = await fixture<IomMegaNav>(
          html`<iom-mega-nav
            ><ul>
              <li></li>
              <li><a href="/ok">OK</a></li>
              <li><a>No href</a></li>
            </ul></iom-mega-nav
          >`,
        );
        expect(navHarness(partial).items).to.deep.equal(['OK']);
      });
      expect(warnings).to.deep.equal([
        '[iom-mega-nav] light DOM: "<div>" is not a <ul> list of links; ignored it',
        '[iom-mega-nav] light DOM <li>[0].label: "" is missing; skipped the section',
        '[iom-mega-nav] light DOM <li>[2]: "No href" has no link and no group; skipped the section',
      ]);
    });

    for (const [path, problem] of [
      ['/test-api/not-found', 'answered HTTP 404'],
      ['/test-api/html', 'not JSON'],
      ['/test-api/invalid-json', 'invalid JSON'],
      ['/test-api/ok', 'wrong shape'],
      ['/test-api/too-large', 'more than 1000000 bytes'],
      ['javascript:alert(1)', 'not an http(s) or relative URL'],
    ]) {
      it(`keeps the light-DOM navigation visible when src fails (${path})`, async () => {
        const capture = captureWarnings();
        const nav = await fixture<IomMegaNav>(
          html`<iom-mega-nav src=${path}
            ><ul>
              <li><a href="/kept">Kept</a></li>
            </ul></iom-mega-nav
          >`,
        );
        await waitUntil(() => capture.messages.length > 0, 'one warning');
        capture.stop();
        expect(capture.messages).to.have.length(1);
        expect(capture.messages[0])
          .to.contain(`[iom-mega-nav] src: ${JSON.stringify(path)}`)
          .and.contain(problem);
        expect(navHarness(nav).items).to.deep.equal(['Kept']);
      });
    }

    it('gives way to the light DOM when a new src fails after a good one', async () => {
      const nav = await fixture<IomMegaNav>(
        html`<iom-mega-nav src="/test/mega-nav/data/nav.en.json"
          ><ul>
            <li><a href="/kept">Kept</a></li>
          </ul></iom-mega-nav
        >`,
      );
      await waitUntil(() => navHarness(nav).items.includes('Our work'), 'English JSON loaded');
      await warningsDuring(async () => {
        nav.src = '/test-api/not-found?nav';
        await waitUntil(() => navHarness(nav).items.includes('Kept'), 'light DOM back');
      });
      expect(navHarness(nav).items).to.deep.equal(['Kept']);
    });

    it('warns for a bad collapse-below and uses 960', async () => {
      const warnings = await warningsDuring(async () => {
        await fixture<IomMegaNav>(html`<iom-mega-nav collapse-below="wide" .sections=${sections}></iom-mega-nav>`);
        // The width is checked when the ResizeObserver reports, before the next paint.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      });
      expect(warnings).to.deep.equal(['[iom-mega-nav] attribute "collapse-below": "wide" is not a width in px; kept 960']);
    });
  });
});
