/*
 * What a person sees of the navigation's shapes: the marker of the current section and of the open
 * panel, the size of the chevron buttons, how a panel's groups share its width, and where the
 * narrow menu puts its chevrons.
 */
import { expect } from '@open-wc/testing';
import '../../src/iom-mega-nav.js';
import type { IomMegaNav, NavSection } from '../../src/iom-mega-nav.js';
import { fixture, html } from '../support/helpers.js';
import { navAt, navHarness } from './fixtures.js';

const TRANSPARENT = 'rgba(0, 0, 0, 0)';

/** The bar under an element: its width, style and colour. */
function barUnder(element: Element) {
  const style = getComputedStyle(element);
  return { width: style.borderBlockEndWidth, style: style.borderBlockEndStyle, color: style.borderBlockEndColor };
}

/** Ten links with long French labels, in as many groups as `groups` gives. */
function longLabels(groups: number[]): NavSection[] {
  let link = 0;
  return [
    {
      label: 'Qui sommes-nous',
      description: 'L’Organisation internationale pour les migrations fait partie du système des Nations Unies.',
      groups: groups.map((count, group) => ({
        label: `Groupe ${group + 1}`,
        links: Array.from({ length: count }, () => {
          link += 1;
          return { label: `Directrice générale adjointe chargée des opérations ${link}`, href: `/fr/page-${link}` };
        }),
      })),
    },
  ];
}

/** A navigation `width` px wide showing `sections`, with the first panel open. */
async function openPanelAt(width: number, shown: NavSection[]) {
  const wrapper = await fixture<HTMLDivElement>(html`<div><iom-mega-nav .sections=${shown}></iom-mega-nav></div>`);
  wrapper.style.width = `${width}px`;
  const nav = wrapper.querySelector<IomMegaNav>('iom-mega-nav')!;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const panel = await navHarness(nav).open(0);
  return { nav, panel, box: panel.getBoundingClientRect() };
}

/** The distinct left edges of the links of `panel`: one per column. */
const columnsOf = (panel: HTMLElement) =>
  new Set([...panel.querySelectorAll('a')].map((link) => Math.round(link.getBoundingClientRect().left))).size;

describe('iom-mega-nav: what its shapes look like', () => {
  describe('the current-section marker', () => {
    it('is one bar under the whole item, its link and its button, and drawn by neither', async () => {
      const nav = await navAt(1100);
      const [current, other] = navHarness(nav).sectionItems;
      expect(barUnder(current!)).to.include({ width: '3px', style: 'solid' });
      expect(barUnder(current!).color).not.to.equal(TRANSPARENT);
      expect(barUnder(other!).color).to.equal(TRANSPARENT);
      const item = current!.getBoundingClientRect();
      for (const part of current!.querySelectorAll<HTMLElement>('.section-link, .toggle')) {
        const box = part.getBoundingClientRect();
        expect(box.left).to.be.at.least(item.left);
        expect(box.right).to.be.at.most(item.right);
        expect(getComputedStyle(part).borderBlockEndWidth, part.className).to.equal('0px');
      }
      expect(getComputedStyle(current!.querySelector('.section-link')!).textDecorationLine).to.equal('none');
    });

    it('keeps its colour when the current section opens; another open item gets a bar of another colour', async () => {
      const nav = await navAt(1100);
      const harness = navHarness(nav);
      const [current, other] = harness.sectionItems;
      const currentColour = barUnder(current!).color;
      await harness.open(0);
      expect(barUnder(current!).color).to.equal(currentColour);
      await harness.open(1);
      expect(barUnder(other!)).to.include({ width: '3px', style: 'solid' });
      expect(barUnder(other!).color).not.to.be.oneOf([TRANSPARENT, currentColour]);
      expect(barUnder(current!).color).to.equal(currentColour);
    });

    it('runs along the item’s inline start in the narrow menu, beside the panel it opens', async () => {
      const nav = await navAt(400);
      const harness = navHarness(nav);
      await harness.open(0);
      const current = harness.sectionItems[0]!;
      const style = getComputedStyle(current);
      expect(style.borderInlineStartWidth).to.equal('3px');
      expect(style.borderInlineStartColor).not.to.equal(TRANSPARENT);
      expect(style.borderBlockEndWidth).to.equal('0px');
      expect(current.getBoundingClientRect().bottom).to.be.at.least(harness.openPanels[0]!.getBoundingClientRect().bottom);
    });
  });

  it('gives every section button a target of at least 24 × 24 px, the chevron beside a link too', async () => {
    const nav = await navAt(1100);
    for (const toggle of navHarness(nav).toggles) {
      const box = toggle.getBoundingClientRect();
      expect(box.width, toggle.id).to.be.at.least(24);
      expect(box.height, toggle.id).to.be.at.least(24);
    }
  });

  it('puts every chevron of the narrow menu at the far end of its row, with or without a link', async () => {
    const nav = await navAt(400);
    const harness = navHarness(nav);
    await harness.click(harness.menuButton);
    const ends = harness.sectionItems
      .filter((item) => item.querySelector('.toggle'))
      .map((item) => Math.round(item.querySelector('.toggle svg')!.getBoundingClientRect().right));
    expect(ends.length).to.equal(3);
    expect(new Set(ends).size, `chevrons end at ${ends.join(', ')} px`).to.equal(1);
  });

  describe('a panel’s groups', () => {
    it('flow a lone group’s links into columns across the panel', async () => {
      const { panel, box } = await openPanelAt(1200, longLabels([10]));
      expect(columnsOf(panel)).to.be.at.least(3);
      const rightmost = Math.max(...[...panel.querySelectorAll('a')].map((link) => link.getBoundingClientRect().right));
      expect(rightmost, 'the last column reaches the last quarter of the panel').to.be.above(box.left + box.width * 0.75);
    });

    it('share the whole width however many there are, with no empty column', async () => {
      for (const count of [2, 3, 5]) {
        const { panel, box } = await openPanelAt(1200, longLabels(Array.from({ length: count }, () => 2)));
        const groups = [...panel.querySelectorAll<HTMLElement>('.groups > *')].map((group) => group.getBoundingClientRect());
        const right = Math.max(...groups.map((group) => group.right));
        expect(box.right - right, `${count} groups: room left at the end`).to.be.below(box.width * 0.2);
      }
    });

    it('stack in one column in the narrow menu', async () => {
      const nav = await navAt(400);
      const panel = await navHarness(nav).open(1);
      expect(columnsOf(panel)).to.equal(1);
    });
  });
});
