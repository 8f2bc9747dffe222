/*
 * A hostile theme (Bootstrap 5 and worse, see hostile-theme.html) against the same elements on a
 * page with no theme (clean-theme.html): every component keeps its size and look, down to each
 * part, and the page's own elements are exactly as they are without our script.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '../support/commands.js';
import { waitUntil } from '../support/helpers.js';
import { openFirstSection } from './support/checks.js';
import { closePages, frames, openPage, TAGS, upgraded, type EmbedPage } from './support/frame.js';

/** Sizes may differ by sub-pixel rounding only. */
const TOLERANCE = 1;

/** What "the look" of a rendered part is made of. */
const LOOK = [
  'display',
  'visibility',
  'color',
  'background-color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-decoration-line',
  'text-align',
  'box-sizing',
  'padding',
  'margin',
  'border-width',
  'border-style',
  'border-color',
  'border-radius',
  'outline-style',
  'cursor',
] as const;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  look: Record<string, string>;
}

/**
 * Every IOM element of the page and every element of its shadow root, keyed by tag, part (or
 * tag name and class) and order: its box relative to its host, and its look.
 */
function measure(page: EmbedPage): Map<string, Box> {
  const boxes = new Map<string, Box>();
  for (const tag of TAGS) {
    const host = page.document.querySelector(tag)!;
    const origin = host.getBoundingClientRect();
    const seen = new Map<string, number>();
    const add = (name: string, element: Element) => {
      const index = seen.get(name) ?? 0;
      seen.set(name, index + 1);
      const style = page.window.getComputedStyle(element);
      // Hidden parts and <slot>s (display: contents) have no box of their own: only their look counts.
      const rect = element.checkVisibility() && style.display !== 'contents' ? element.getBoundingClientRect() : undefined;
      boxes.set(`${tag} ${name} #${index}`, {
        x: rect ? rect.x - origin.x : 0,
        y: rect ? rect.y - origin.y : 0,
        width: rect?.width ?? 0,
        height: rect?.height ?? 0,
        look: Object.fromEntries(LOOK.map((property) => [property, style.getPropertyValue(property)])),
      });
    };
    add(':host', host);
    for (const element of host.shadowRoot!.querySelectorAll('*')) {
      if (element.localName === 'style') continue;
      add(element.getAttribute('part') ?? `${element.localName}.${element.classList.value}`, element);
      // The page's own content shown in a slot: its look is the page's, its box is the component's business.
      if (element instanceof page.window.HTMLSlotElement) {
        for (const slotted of element.assignedElements()) add(`slotted ${slotted.localName}`, slotted);
      }
    }
  }
  return boxes;
}

/** The differences between two measures, as readable lines (empty when the same). */
function differences(clean: Map<string, Box>, hostile: Map<string, Box>): string[] {
  const lines: string[] = [];
  for (const [key, expected] of clean) {
    const actual = hostile.get(key);
    if (!actual) {
      lines.push(`${key}: missing on the hostile page`);
      continue;
    }
    for (const side of ['x', 'y', 'width', 'height'] as const) {
      const delta = actual[side] - expected[side];
      if (Math.abs(delta) > TOLERANCE) lines.push(`${key} ${side}: ${expected[side]} → ${actual[side]} (${delta.toFixed(2)}px)`);
    }
    // The host element and slotted elements are the page's: their look is the theme's.
    for (const property of / (:host|slotted \w+) #/.test(key) ? [] : LOOK) {
      if (actual.look[property] !== expected.look[property]) {
        lines.push(`${key} ${property}: ${expected.look[property]} → ${actual.look[property]}`);
      }
    }
  }
  for (const key of hostile.keys()) if (!clean.has(key)) lines.push(`${key}: only on the hostile page`);
  return lines;
}

/** The largest size difference between two measures, for the report. */
const largestDelta = (clean: Map<string, Box>, hostile: Map<string, Box>) =>
  Math.max(
    ...[...clean].flatMap(([key, box]) =>
      (['x', 'y', 'width', 'height'] as const).map((side) => Math.abs((hostile.get(key)?.[side] ?? Infinity) - box[side])),
    ),
  );

/** Waits for what follows the upgrade: the card's image, fonts, the navigation's ResizeObserver report. */
async function settled(page: EmbedPage): Promise<void> {
  await upgraded(page);
  const image = page.card.shadowRoot!.querySelector<HTMLImageElement>('img[part~="image"]')!;
  await waitUntil(() => image.complete && image.naturalWidth > 0, 'the card image loads');
  await page.window.document.fonts.ready;
  await frames(page);
  await page.nav.updateComplete;
}

/** What depends on how tall the page's content is, not on how its elements are styled. */
const CONTENT_SIZED = new Set(['block-size', 'height', 'perspective-origin', 'transform-origin']);

/**
 * Every computed style property of the page's own elements, and their boxes. `html` and `body`
 * grow with our rendered elements: their sizes are left out.
 */
function pageOwnElements(page: EmbedPage): Record<string, Record<string, string>> {
  return Object.fromEntries(
    ['html', 'body', '#page-text', '#page-link', '#page-button'].map((selector) => {
      const element = page.document.querySelector(selector)!;
      const style = page.window.getComputedStyle(element);
      const sized = selector === 'html' || selector === 'body';
      const properties = Object.fromEntries(
        [...style]
          .filter((property) => !(sized && CONTENT_SIZED.has(property)))
          .map((property) => [property, style.getPropertyValue(property)]),
      );
      const { x, y, width, height } = element.getBoundingClientRect();
      return [selector, { ...properties, box: JSON.stringify(sized ? { x, y, width } : { x, y, width, height }) }];
    }),
  );
}

describe('embedded in a hostile theme', () => {
  afterEach(() => closePages());

  it('has the same elements as the page without a theme', async () => {
    const markup = async (url: string) =>
      new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html').getElementById('components')!.outerHTML;
    expect(await markup('/test/embed/hostile-theme.html')).to.equal(await markup('/test/embed/clean-theme.html'));
  });

  for (const width of [1280, 375]) {
    it(`keeps every component and every part at its size and look, ${width}px wide`, async () => {
      await setViewport({ width, height: 900 });
      const reference = await openPage('/test/embed/clean-theme.html');
      await settled(reference);
      const clean = { closed: measure(reference) } as Record<'closed' | 'open', Map<string, Box>>;
      await openFirstSection(reference);
      clean.open = measure(reference);
      closePages();

      const page = await openPage('/test/embed/hostile-theme.html');
      await settled(page);
      // The theme is really there: the page's own text is 62.5 % of 16px with a line-height of 3.
      const pageText = page.window.getComputedStyle(page.document.getElementById('page-text')!);
      expect([pageText.fontSize, pageText.lineHeight, pageText.letterSpacing]).to.deep.equal(['10px', '30px', '2px']);
      const closed = measure(page);
      expect(differences(clean.closed, closed)).to.deep.equal([]);
      await openFirstSection(page);
      const open = measure(page);
      expect(differences(clean.open, open)).to.deep.equal([]);
      console.log(
        `hostile theme at ${width}px: ${closed.size} boxes closed, ${open.size} open; largest size delta ${Math.max(
          largestDelta(clean.closed, closed),
          largestDelta(clean.open, open),
        )}px`,
      );
      expect(page.record.errors).to.deep.equal([]);
      expect(page.record.violations).to.deep.equal([]);
    });
  }

  it('leaves the page’s own elements exactly as they are without it', async () => {
    await setViewport({ width: 1280, height: 900 });
    const without = await openPage('/test/embed/hostile-theme.html?without-iom');
    await waitUntil(() => without.document.readyState === 'complete');
    const expected = pageOwnElements(without);
    expect(without.window.customElements.get('iom-mega-nav')).to.equal(undefined);
    closePages();
    const page = await openPage('/test/embed/hostile-theme.html');
    await settled(page);
    expect(pageOwnElements(page)).to.deep.equal(expected);
  });
});
