import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '../support/commands.js';
import '../../src/iom-news-card.js';
import type { IomNewsCard } from '../../src/iom-news-card.js';
import { fixture, html, setPageLanguage, isShown, shadowPart } from '../support/helpers.js';
import { article, centre, clearHash, SQUARE_IMAGE } from './support.js';

/** The element with focus, looking into shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Tabs from `start` until focus reaches `end`; returns the elements focused on the way. */
async function tabStops(start: HTMLElement, end: HTMLElement): Promise<Array<Element | null>> {
  start.focus();
  const stops: Array<Element | null> = [];
  for (let i = 0; i < 10; i++) {
    await sendKeys({ press: 'Tab' });
    if (focused() === end) return stops;
    stops.push(focused());
  }
  throw new Error('focus never reached the end button');
}

/** A real mouse click in the middle of `element`, scrolled into view first. */
function click(element: Element) {
  element.scrollIntoView({ block: 'center' });
  return sendMouse({ type: 'click', position: centre(element) });
}

describe('iom-news-card interaction', () => {
  beforeEach(() => {
    setPageLanguage('en');
    clearHash();
  });
  afterEach(async () => {
    await resetMouse();
    getSelection()?.removeAllRanges();
    clearHash();
  });

  describe('keyboard', () => {
    it('has one tab stop, the headline link', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <button>before</button>
          ${article()}
          <button>after</button>
        </div>`,
      );
      const [before, after] = page.querySelectorAll('button');
      const el = page.querySelector('iom-news-card')!;
      const stops = await tabStops(before!, after!);
      expect(stops).to.deep.equal([shadowPart(el, 'h3 > a')]);
      // Shift+Tab comes back through the same single stop.
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(focused()).to.equal(shadowPart(el, 'a'));
      await sendKeys({ press: 'Enter' });
      expect(location.hash).to.equal('#sommet');
    });

    it('leaves a link of the excerpt its own tab stop, after the headline', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <button>before</button>
          ${article(html`<p><a href="#rapport">Le rapport</a></p>`)}
          <button>after</button>
        </div>`,
      );
      const [before, after] = page.querySelectorAll('button');
      const el = page.querySelector('iom-news-card')!;
      expect(await tabStops(before!, after!)).to.deep.equal([shadowPart(el, 'a'), el.querySelector('a')]);
    });

    it('has no tab stop when it is not a link', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <button>before</button>
          <iom-news-card headline="Sans lien" image=${SQUARE_IMAGE} image-alt=""><p>Texte.</p></iom-news-card>
          <button>after</button>
        </div>`,
      );
      const [before, after] = page.querySelectorAll('button');
      expect(await tabStops(before!, after!)).to.deep.equal([]);
    });

    it('draws a focus ring around the whole card while the link has keyboard focus', async () => {
      const page = await fixture<HTMLDivElement>(html`<div><button>before</button>${article()}</div>`);
      const el = page.querySelector('iom-news-card')!;
      const link = shadowPart(el, 'a')!;
      const ring = () => getComputedStyle(link, '::after');
      expect(ring().content).to.equal('none');
      page.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(link);
      expect(ring().content).to.equal('""');
      expect(ring().outlineStyle).to.equal('solid');
      expect(parseFloat(ring().outlineWidth)).to.be.at.least(2);
      expect(ring().outlineColor).to.equal('rgb(65, 143, 222)');
      // Stretched over the card: absolutely placed against the base, which encloses the card.
      expect(ring().position).to.equal('absolute');
      expect([ring().top, ring().right, ring().bottom, ring().left]).to.deep.equal(['0px', '0px', '0px', '0px']);
      expect(getComputedStyle(shadowPart(el, '[part="base"]')!).position).to.equal('relative');
      expect(shadowPart(el, '[part="base"]')!.getBoundingClientRect().height).to.equal(
        shadowPart(el, '[part="card"]')!.getBoundingClientRect().height,
      );
      // It takes no clicks of its own.
      expect(ring().pointerEvents).to.equal('none');
    });
  });

  describe('mouse', () => {
    for (const [name, selector] of [
      ['excerpt', 'p'],
      ['category', '[part="category"]'],
      ['dateline', '[part="dateline"]'],
      ['image box', '[part="media"]'],
      ['headline link', 'a'],
    ] as const) {
      it(`follows the headline link on a click on the ${name}`, async () => {
        const el = await fixture<IomNewsCard>(article());
        const target = (selector === 'p' ? el.querySelector('p') : shadowPart(el, selector))!;
        let linkClicks = 0;
        shadowPart(el, 'a')!.addEventListener('click', () => linkClicks++);
        await click(target);
        expect(location.hash).to.equal('#sommet');
        expect(linkClicks, 'one click reaches the link').to.equal(1);
      });
    }

    it('shows the pointer over the card', async () => {
      const el = await fixture<IomNewsCard>(article());
      expect(getComputedStyle(shadowPart(el, '[part="card"]')!).cursor).to.equal('pointer');
      el.href = undefined;
      await el.updateComplete;
      expect(getComputedStyle(shadowPart(el, '[part="card"]')!).cursor).to.equal('auto');
    });

    it('lets links in the excerpt go where they point', async () => {
      const el = await fixture<IomNewsCard>(article(html`<p><a href="#rapport">Le rapport</a></p>`));
      let headlineClicks = 0;
      shadowPart(el, 'a')!.addEventListener('click', () => headlineClicks++);
      await click(el.querySelector('a')!);
      expect(location.hash).to.equal('#rapport');
      expect(headlineClicks, 'the headline link is not followed as well').to.equal(0);
    });

    it('lets buttons in the excerpt do their own thing', async () => {
      const el = await fixture<IomNewsCard>(article(html`<p><button type="button">Partager</button></p>`));
      let pressed = 0;
      el.querySelector('button')!.addEventListener('click', () => pressed++);
      await click(el.querySelector('button')!);
      expect(pressed).to.equal(1);
      expect(location.hash).to.equal('');
    });

    it('does not follow the link when the click was handled already (preventDefault)', async () => {
      const el = await fixture<IomNewsCard>(article(html`<p class="mine">Handled by the page</p>`));
      el.querySelector('.mine')!.addEventListener('click', (event) => event.preventDefault());
      await click(el.querySelector('.mine')!);
      expect(location.hash).to.equal('');
    });

    /** Presses the mouse near the start of `target`'s first line and drags halfway across it. */
    async function dragAcross(target: Element) {
      target.scrollIntoView({ block: 'center' });
      const box = target.getBoundingClientRect();
      const y = Math.round(box.top + 8);
      await sendMouse({ type: 'move', position: [Math.round(box.left + 2), y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), y] });
      await sendMouse({ type: 'up' });
    }

    for (const [name, selector] of [
      ['excerpt', 'p'],
      ['dateline', '[part="dateline"]'],
    ] as const) {
      it(`keeps text selectable: a drag that selects ${name} text does not navigate`, async () => {
        const el = await fixture<IomNewsCard>(article());
        await dragAcross((selector === 'p' ? el.querySelector('p') : shadowPart(el, selector))!);
        expect(String(getSelection()).length, 'some text selected').to.be.above(3);
        expect(location.hash).to.equal('');
        // A plain click elsewhere, which clears the selection, follows the link again.
        await click(shadowPart(el, '[part="media"]')!);
        expect(location.hash).to.equal('#sommet');
      });
    }

    it('does not navigate on a drag that selects other text while some is still selected', async () => {
      const el = await fixture<IomNewsCard>(article());
      await dragAcross(el.querySelector('p')!);
      const first = String(getSelection());
      await dragAcross(shadowPart(el, '[part="dateline"]')!);
      expect(String(getSelection()), 'other text selected').not.to.equal(first);
      expect(String(getSelection()).length, 'some text selected').to.be.above(3);
      expect(location.hash).to.equal('');
    });

    it('passes modifier keys on, so Ctrl+click opens the article the way it would on the link', async () => {
      const el = await fixture<IomNewsCard>(article());
      const seen: Array<[boolean, boolean]> = [];
      shadowPart(el, 'a')!.addEventListener('click', (event) => {
        seen.push([event.ctrlKey, event.shiftKey]);
        event.preventDefault(); // no new tab in the test browser
      });
      await sendKeys({ down: 'Control' });
      await click(el.querySelector('p')!);
      await sendKeys({ up: 'Control' });
      expect(seen).to.deep.equal([[true, false]]);
    });

    it('is not clickable when it is not a link', async () => {
      const el = await fixture<IomNewsCard>(html`<iom-news-card headline="Sans lien"><p>Texte.</p></iom-news-card>`);
      let clicks = 0;
      el.addEventListener('click', () => clicks++);
      await click(el.querySelector('p')!);
      expect(clicks).to.equal(1);
      expect(location.hash).to.equal('');
      expect(isShown(shadowPart(el, 'a'))).to.equal(false);
    });
  });
});
