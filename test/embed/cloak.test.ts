/*
 * iom-cloak.css on a realistic page (cloak.html, the content of demo/embed.html) whose script
 * arrives 1 s late: from the first paint until all four elements have upgraded and rendered,
 * nothing on the page moves (PerformanceObserver `layout-shift`, DESIGN §7: ≤ 0.05, goal 0).
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '../support/commands.js';
import { waitUntil } from '../support/helpers.js';
import { closePages, figuresShown, frames, openPage, TAGS, upgraded, type EmbedPage } from './support/frame.js';

/** Total layout shift recorded by the page itself, every entry counted (none follows an input here). */
const totalShift = (page: EmbedPage) => page.record.shifts.reduce((sum, shift) => sum + shift.value, 0);

describe('iom-cloak.css with the script arriving late', () => {
  afterEach(() => closePages());

  for (const [width, height] of [
    [1280, 800],
    [375, 667],
  ] as const) {
    it(`keeps the page still from first paint to upgraded, ${width}px wide`, async () => {
      await setViewport({ width, height });
      const page = await openPage('/test/embed/cloak.html');
      await upgraded(page);
      // Everything an upgrade changes has happened: the navigation's layout for its width, the
      // French strings, the counter's final figures.
      await frames(page, 3);
      await page.nav.updateComplete;
      await waitUntil(() => figuresShown(page.counter).join() === '175,171', 'the counter has counted (1.5 s)', {
        timeout: 5000,
      });
      await frames(page, 3);

      // The page really painted before the script arrived: the cloak was on screen.
      const painted = page.window.performance.getEntriesByName('first-paint')[0]!;
      const entry = page.window.performance
        .getEntriesByType('resource')
        .find((resource) => resource.name.includes('/test-cdn-slow/iom-components?'))! as PerformanceResourceTiming;
      expect(painted.startTime).to.be.lessThan(entry.responseEnd);
      for (const tag of TAGS) expect(page.window.customElements.get(tag), tag).not.to.equal(undefined);

      const total = totalShift(page);
      console.log(`cloak at ${width}px: total layout shift ${total} (${page.record.shifts.length} entries)`);
      expect(page.record.shifts.map((shift) => shift.sources.join('; '))).to.deep.equal([]);
      expect(total).to.equal(0);
      expect(page.record.errors).to.deep.equal([]);
      expect(page.record.violations).to.deep.equal([]);
    });
  }
});
