import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '../support/commands.js';
import '../../src/iom-mega-nav.js';
import type { IomMegaNav, NavToggleDetail } from '../../src/iom-mega-nav.js';
import { fixture, html, setPageLanguage, waitUntil } from '../support/helpers.js';
import { navHarness, sections } from './fixtures.js';

const press = (key: string) => sendKeys({ press: key });
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

async function clickOn(element: Element) {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** A nav in a container of `width` px, with a focusable button before and after it. */
async function setup(width = 1100) {
  const page = await fixture<HTMLDivElement>(
    html`<div>
      <button id="before">Before</button>
      <div class="container"><iom-mega-nav .sections=${sections}></iom-mega-nav></div>
      <button id="after">After</button>
      <p id="outside">Outside text</p>
    </div>`,
  );
  page.querySelector<HTMLElement>('.container')!.style.width = `${width}px`;
  const nav = page.querySelector('iom-mega-nav')!;
  await frame();
  await nav.updateComplete;
  return { page, nav };
}

/** A click on the page beside the nav (1100 px wide in a 1280 px viewport): on nothing focusable. */
const clickBeside = (nav: IomMegaNav) =>
  sendMouse({ type: 'click', position: [1200, Math.round(nav.getBoundingClientRect().top + 20)] });

/** The deepest focused element, through shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Makes clicks behave as in Safari (cds-snc/gcds-components#785): the button or link under the
 * pointer does not take focus, and whatever had it loses it, so `focusout` comes with a null
 * `relatedTarget` and focus stays on the body. Returns the undo.
 */
function clickLikeSafari(): () => void {
  const onMouseDown = (event: MouseEvent) => {
    event.preventDefault();
    (deepActiveElement() as HTMLElement | null)?.blur();
  };
  document.addEventListener('mousedown', onMouseDown, { capture: true });
  return () => document.removeEventListener('mousedown', onMouseDown, { capture: true });
}

/** Whether `element` shows the focus ring. */
const ring = (element: Element | null) => ({
  focusVisible: element!.matches(':focus-visible'),
  outline: getComputedStyle(element!).outlineStyle,
});

async function focusFirst(nav: IomMegaNav) {
  document.getElementById('before')!.focus();
  await press('Tab');
  expect(navHarness(nav).focusedName).to.equal('Who we are');
}

describe('iom-mega-nav keyboard and mouse', () => {
  before(() => setViewport({ width: 1280, height: 800 }));
  afterEach(() => setPageLanguage('en'));

  describe('wide', () => {
    it('Tab follows the natural order and skips closed panels', async () => {
      const { nav } = await setup();
      await focusFirst(nav);
      const names = [];
      for (let i = 0; i < 4; i++) {
        await press('Tab');
        names.push(navHarness(nav).focusedName);
      }
      expect(names).to.deep.equal(['Who we are submenu', 'Our work', 'Take action', 'Data and research']);
      await press('Tab');
      expect(document.activeElement!.id).to.equal('after');
    });

    it('Enter and Space toggle a panel; Tab then enters the open panel', async () => {
      const { nav } = await setup();
      await focusFirst(nav);
      await press('Tab');
      await press('Enter');
      expect(navHarness(nav).toggles[0]!.getAttribute('aria-expanded')).to.equal('true');
      expect(navHarness(nav).openPanels.map((p) => p.id)).to.deep.equal(['panel-0']);
      await press('Tab');
      expect(navHarness(nav).focusedName).to.equal('Structure');
      await sendKeys({ down: 'Shift' });
      await press('Tab');
      await sendKeys({ up: 'Shift' });
      await press(' ');
      expect(navHarness(nav).toggles[0]!.getAttribute('aria-expanded')).to.equal('false');
      expect(navHarness(nav).openPanels).to.deep.equal([]);
    });

    it('keeps only one panel open at a time and reports each change with iom-nav-toggle', async () => {
      const { nav } = await setup();
      const events: NavToggleDetail[] = [];
      nav.addEventListener('iom-nav-toggle', (event) => events.push(event.detail));
      await clickOn(navHarness(nav).toggles[1]!);
      await clickOn(navHarness(nav).toggles[2]!);
      expect(navHarness(nav).openPanels.map((p) => p.id)).to.deep.equal(['panel-2']);
      expect(navHarness(nav).toggles.map((t) => t.getAttribute('aria-expanded'))).to.deep.equal(['false', 'false', 'true']);
      expect(events).to.deep.equal([
        { index: 1, id: 'section-1', label: 'Our work', open: true },
        { index: 1, id: 'section-1', label: 'Our work', open: false },
        { index: 2, id: 'section-2', label: 'Take action', open: true },
      ]);
    });

    it('Escape closes the open panel from inside it and returns focus to its button', async () => {
      const { nav } = await setup();
      await clickOn(navHarness(nav).toggles[1]!);
      await press('ArrowDown');
      expect(navHarness(nav).focusedName).to.equal('Migration and development');
      await press('ArrowDown');
      expect(navHarness(nav).focusedName).to.equal('Member States');
      await press('Escape');
      expect(navHarness(nav).openPanels).to.deep.equal([]);
      expect(navHarness(nav).focused).to.equal(navHarness(nav).toggles[1]);
    });

    it('arrows move between top-level items, Home/End to the ends, with no wrap-around', async () => {
      const { nav } = await setup();
      await focusFirst(nav);
      const moves: Array<[string, string]> = [
        ['ArrowLeft', 'Who we are'],
        ['ArrowUp', 'Who we are'],
        ['ArrowRight', 'Who we are submenu'],
        ['ArrowDown', 'Our work'],
        ['End', 'Data and research'],
        ['ArrowRight', 'Data and research'],
        ['ArrowDown', 'Data and research'],
        ['ArrowLeft', 'Take action'],
        ['ArrowUp', 'Our work'],
        ['Home', 'Who we are'],
      ];
      for (const [key, name] of moves) {
        await press(key);
        expect(navHarness(nav).focusedName, key).to.equal(name);
      }
    });

    it('Down on an open button goes to its first link; inside, arrows go through the links, Home/End, no wrap', async () => {
      const { nav } = await setup();
      await clickOn(navHarness(nav).toggles[0]!);
      expect(navHarness(nav).focused).to.equal(navHarness(nav).toggles[0]);
      await press('ArrowDown');
      const moves: Array<[string, string]> = [
        ['ArrowUp', 'Structure'],
        ['ArrowDown', 'Organizational structure'],
        ['ArrowRight', 'Director General'],
        ['ArrowDown', 'Director General'],
        ['ArrowLeft', 'Organizational structure'],
        ['Home', 'Structure'],
        ['End', 'Director General'],
      ];
      expect(navHarness(nav).focusedName).to.equal('Structure');
      for (const [key, name] of moves) {
        await press(key);
        expect(navHarness(nav).focusedName, key).to.equal(name);
      }
    });

    it('mirrors Left and Right under right-to-left', async () => {
      setPageLanguage('ar');
      const { nav } = await setup();
      await focusFirst(nav);
      await press('ArrowLeft');
      expect(navHarness(nav).focusedName).to.equal('Who we are submenu');
      await press('ArrowRight');
      expect(navHarness(nav).focusedName).to.equal('Who we are');
      await clickOn(navHarness(nav).toggles[1]!);
      await press('ArrowDown');
      await press('ArrowLeft');
      expect(navHarness(nav).focusedName).to.equal('Member States');
    });

    it('under dir="rtl" on an ancestor only, swaps Left and Right everywhere; Home, End, Up and Down do not change', async () => {
      const { page, nav } = await setup();
      page.querySelector<HTMLElement>('.container')!.dir = 'rtl';
      await focusFirst(nav);
      const moves: Array<[string, string]> = [
        ['ArrowRight', 'Who we are'], // no wrap-around at the start
        ['ArrowLeft', 'Who we are submenu'],
        ['ArrowDown', 'Our work'],
        ['End', 'Data and research'],
        ['ArrowLeft', 'Data and research'], // nor at the end
        ['ArrowRight', 'Take action'],
        ['ArrowUp', 'Our work'],
        ['Enter', 'Our work'],
        ['ArrowDown', 'Migration and development'],
        ['ArrowLeft', 'Member States'],
        ['ArrowLeft', 'Member States'],
        ['ArrowRight', 'Migration and development'],
        ['End', 'Member States'],
        ['Home', 'Migration and development'],
      ];
      for (const [key, name] of moves) {
        await press(key);
        expect(navHarness(nav).focusedName, key).to.equal(name);
      }
    });

    it('shows the focus ring for keyboard focus, not after a mouse click, and again once arrow keys move focus', async () => {
      const { nav } = await setup();
      await focusFirst(nav);
      await press('Tab');
      expect(ring(navHarness(nav).focused), 'Tab').to.deep.equal({ focusVisible: true, outline: 'solid' });
      await clickOn(navHarness(nav).toggles[1]!);
      expect(ring(navHarness(nav).toggles[1]!), 'click').to.deep.equal({ focusVisible: false, outline: 'none' });
      await press('ArrowDown');
      expect(navHarness(nav).focusedName).to.equal('Migration and development');
      expect(ring(navHarness(nav).focused), 'ArrowDown after the click').to.deep.equal({ focusVisible: true, outline: 'solid' });
    });

    it('closes when focus leaves the navigation', async () => {
      const { nav } = await setup();
      await clickOn(navHarness(nav).toggles[2]!);
      await press('Tab');
      expect(navHarness(nav).focusedName).to.equal('Careers');
      await press('Tab');
      await press('Tab');
      expect(document.activeElement!.id).to.equal('after');
      expect(navHarness(nav).openPanels).to.deep.equal([]);
    });

    it('closes on a click outside, not on a click inside the panel', async () => {
      const { nav } = await setup();
      await clickOn(navHarness(nav).toggles[0]!);
      await clickOn(nav.shadowRoot!.querySelector('.panel .description')!);
      expect(navHarness(nav).openPanels.map((p) => p.id)).to.deep.equal(['panel-0']);
      await clickOn(document.getElementById('before')!); // above the nav: the open panel covers what is below
      expect(navHarness(nav).openPanels).to.deep.equal([]);
    });

    it('with a real pointer, stays open through clicks on its text, links and background, and closes on a click beside it', async () => {
      const { nav } = await setup();
      nav.addEventListener('click', (event) => event.preventDefault()); // following a link would leave the test page
      await clickOn(navHarness(nav).toggles[0]!);
      const panel = navHarness(nav).panels[0]!;
      // A link takes focus (relatedTarget: the link); text and background take none (relatedTarget: null).
      const inside: Array<[string, Element]> = [
        ['group link', panel.querySelector('.group-label a')!],
        ['description', panel.querySelector('.description')!],
        ['link', panel.querySelector('.links a')!],
        ['group label text', panel.querySelectorAll('.group-label')[0]!],
        ['background', panel],
      ];
      for (const [what, target] of inside) {
        await clickOn(target);
        expect(navHarness(nav).openPanels, what).to.deep.equal([panel]);
      }
      await clickBeside(nav);
      expect(navHarness(nav).openPanels).to.deep.equal([]);
      expect(navHarness(nav).toggles[0]!.getAttribute('aria-expanded')).to.equal('false');
    });

    it('works when a click moves no focus, as in Safari (gcds-components#785)', async () => {
      const { nav } = await setup();
      nav.addEventListener('click', (event) => event.preventDefault());
      const undo = clickLikeSafari();
      try {
        // Opened by keyboard, then clicked inside: the focused button loses focus to nothing.
        await focusFirst(nav);
        await press('Tab');
        await press('Enter');
        await clickOn(navHarness(nav).panels[0]!.querySelector('.description')!);
        expect(document.activeElement, 'the click left focus on the body').to.equal(document.body);
        expect(navHarness(nav).openPanels).to.deep.equal([navHarness(nav).panels[0]]);
        // Opened, switched and closed by clicks alone, focus never in the nav.
        await clickOn(navHarness(nav).toggles[1]!);
        expect(navHarness(nav).openPanels).to.deep.equal([navHarness(nav).panels[1]]);
        await clickOn(navHarness(nav).panels[1]!.querySelector('a')!);
        expect(navHarness(nav).openPanels).to.deep.equal([navHarness(nav).panels[1]]);
        await clickOn(navHarness(nav).toggles[1]!);
        expect(navHarness(nav).openPanels).to.deep.equal([]);
        await clickOn(navHarness(nav).toggles[2]!);
        expect(navHarness(nav).toggles[2]!.getAttribute('aria-expanded')).to.equal('true');
        expect(document.activeElement).to.equal(document.body);
        await clickBeside(nav);
        expect(navHarness(nav).openPanels).to.deep.equal([]);
      } finally {
        undo();
      }
    });

    it('closes when focus moves into another shadow root, not while on its own slotted actions', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <div class="container">
            <iom-mega-nav .sections=${sections}><button slot="actions">Search</button></iom-mega-nav>
          </div>
          <div id="widget"></div>
        </div>`,
      );
      page.querySelector<HTMLElement>('.container')!.style.width = '1100px';
      // relatedTarget is then the other root's host (retargeted), never null nor the inner button.
      page.querySelector('#widget')!.attachShadow({ mode: 'open' }).innerHTML = '<button>In another shadow root</button>';
      const nav = page.querySelector('iom-mega-nav')!;
      await frame();
      await clickOn(navHarness(nav).toggles[2]!);
      for (const name of ['Careers', 'Data and research']) {
        await press('Tab');
        expect(navHarness(nav).focusedName).to.equal(name);
      }
      await press('Tab');
      expect(document.activeElement!.textContent).to.equal('Search');
      expect(navHarness(nav).openPanels, 'on the slotted Search button').to.deep.equal([navHarness(nav).panels[2]]);
      await press('Tab');
      expect(deepActiveElement()!.textContent).to.equal('In another shadow root');
      expect(navHarness(nav).openPanels).to.deep.equal([]);
    });

    it('keeps a closed panel out of reach: not rendered, its links neither tabbable nor focusable', async () => {
      const { nav } = await setup();
      const panel = navHarness(nav).panels[1]!;
      await clickOn(navHarness(nav).toggles[1]!);
      expect(panel.checkVisibility()).to.equal(true);
      await clickOn(navHarness(nav).toggles[1]!);
      expect(panel.hidden).to.equal(true);
      expect(getComputedStyle(panel).display).to.equal('none');
      expect(panel.checkVisibility()).to.equal(false);
      const link = panel.querySelector('a')!;
      link.focus();
      expect(navHarness(nav).focused).to.equal(navHarness(nav).toggles[1]);
      await press('Tab');
      expect(navHarness(nav).focusedName).to.equal('Take action');
    });

    it('adds its document and window listeners on connect and removes them on disconnect', async () => {
      const added: string[] = [];
      const removed: string[] = [];
      const spy = (target: EventTarget, name: string) => {
        const add = target.addEventListener;
        const remove = target.removeEventListener;
        target.addEventListener = function (type: string, ...rest: unknown[]) {
          added.push(`${name}:${type}`);
          return (add as (...a: unknown[]) => void).call(this, type, ...rest);
        };
        target.removeEventListener = function (type: string, ...rest: unknown[]) {
          removed.push(`${name}:${type}`);
          return (remove as (...a: unknown[]) => void).call(this, type, ...rest);
        };
        return () => {
          target.addEventListener = add;
          target.removeEventListener = remove;
        };
      };
      const restore = [spy(document, 'document'), spy(window, 'window')];
      try {
        const nav = document.createElement('iom-mega-nav');
        document.body.append(nav);
        await nav.updateComplete;
        nav.remove();
        document.body.append(nav);
        nav.remove();
      } finally {
        restore.forEach((undo) => undo());
      }
      expect(added.length).to.be.greaterThan(0);
      expect([...removed].sort()).to.deep.equal([...added].sort());
    });
  });

  describe('narrow', () => {
    it('collapses below collapse-below into a Menu button that opens a push-down list', async () => {
      const { nav } = await setup(600);
      const menu = nav.shadowRoot!.querySelector<HTMLButtonElement>('.menu-button')!;
      const list = nav.shadowRoot!.querySelector<HTMLElement>('.sections')!;
      expect(getComputedStyle(menu).display).not.to.equal('none');
      expect(menu.getAttribute('aria-expanded')).to.equal('false');
      expect(nav.shadowRoot!.getElementById(menu.getAttribute('aria-controls')!)).to.equal(list);
      expect(list.hidden).to.equal(true);
      const heightClosed = nav.getBoundingClientRect().height;
      await clickOn(menu);
      expect(menu.getAttribute('aria-expanded')).to.equal('true');
      expect(list.hidden).to.equal(false);
      expect(nav.getBoundingClientRect().height, 'pushes the page down').to.be.greaterThan(heightClosed + 100);
      // Sections are accordions with the same button semantics.
      await clickOn(navHarness(nav).toggles[1]!);
      expect(navHarness(nav).toggles[1]!.getAttribute('aria-expanded')).to.equal('true');
      expect(getComputedStyle(navHarness(nav).openPanels[0]!).position).to.equal('static');
    });

    it('Escape closes the open section first, then the menu, focusing Menu', async () => {
      const { nav } = await setup(600);
      const menu = nav.shadowRoot!.querySelector<HTMLButtonElement>('.menu-button')!;
      menu.focus();
      await press('Enter');
      await press('Tab');
      expect(navHarness(nav).focusedName).to.equal('Who we are');
      await press('ArrowDown');
      await press('ArrowDown');
      expect(navHarness(nav).focusedName).to.equal('Our work');
      await press('Enter');
      await press('ArrowDown');
      expect(navHarness(nav).focusedName).to.equal('Migration and development');
      await press('Escape');
      expect(navHarness(nav).focused).to.equal(navHarness(nav).toggles[1]);
      expect(navHarness(nav).openPanels).to.deep.equal([]);
      await press('Escape');
      expect(menu.getAttribute('aria-expanded')).to.equal('false');
      expect(navHarness(nav).focused).to.equal(menu);
    });

    it('growing wider restores the bar with no panel open', async () => {
      const { page, nav } = await setup(600);
      await clickOn(nav.shadowRoot!.querySelector('.menu-button')!);
      await clickOn(navHarness(nav).toggles[0]!);
      page.querySelector<HTMLElement>('.container')!.style.width = '1100px';
      await waitUntil(() => !nav.shadowRoot!.querySelector('nav')!.classList.contains('narrow'), 'wide again');
      await nav.updateComplete;
      expect(getComputedStyle(nav.shadowRoot!.querySelector('.menu-button')!).display).to.equal('none');
      expect(nav.shadowRoot!.querySelector<HTMLElement>('.sections')!.hidden).to.equal(false);
      expect(navHarness(nav).openPanels).to.deep.equal([]);
    });

    it('uses its own width, not the viewport, and honours collapse-below', async () => {
      const { nav } = await setup(1100);
      expect(nav.shadowRoot!.querySelector('nav')!.classList.contains('narrow')).to.equal(false);
      nav.setAttribute('collapse-below', '1200');
      await waitUntil(() => nav.shadowRoot!.querySelector('nav')!.classList.contains('narrow'), 'narrow at 1100 < 1200');
      nav.setAttribute('collapse-below', '900');
      await waitUntil(() => !nav.shadowRoot!.querySelector('nav')!.classList.contains('narrow'), 'wide at 1100 ≥ 900');
      nav.style.width = '800px';
      await waitUntil(
        () => nav.shadowRoot!.querySelector('nav')!.classList.contains('narrow'),
        'narrow when its own width shrinks',
      );
    });
  });
});
