/*
 * iom-cloak.css on a realistic page (cloak.html, the content of demo/embed.html) whose script
 * arrives 1 s late: from the first frame until all four elements have upgraded and rendered,
 * nothing on the page moves (DESIGN §7: layout shift ≤ 0.05, goal 0). Measured in every engine by
 * the page's own recorder, which compares the boxes of the page's elements on every frame; Chromium
 * also reports its `layout-shift` score.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '../support/commands.js';
import { waitUntil } from '../support/helpers.js';
import { closePages, figuresShown, frames, openPage, TAGS, upgraded } from './support/frame.js';

describe('iom-cloak.css with the script arriving late', () => {
  // A returning visitor: only the entry is late, the chunks and translations come from the cache, so
  // that on a busy machine the elements still upgrade before the cloak's 2 s CSS timeout reveals them.
  before(async () => {
    await upgraded(await openPage('/test/embed/cloak.html'));
    closePages();
  });

  afterEach(() => closePages());

  for (const [width, height] of [
    [1280, 800],
    [375, 667],
  ] as const) {
    it(`keeps the page still from the first frame to upgraded, ${width}px wide`, async () => {
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
      for (const tag of TAGS) expect(page.window.customElements.get(tag), tag).not.to.equal(undefined);

      // The cloak was on screen: the whole page was in a frame before the script arrived (a frame's
      // style, layout and paint follow its animation-frame callbacks in the same task, before any
      // script arriving later can run).
      const { frames: times, complete, moves, shifts } = page.record;
      const script = page.window.performance
        .getEntriesByType('resource')
        .find((resource) => resource.name.includes('/test-cdn-slow/iom-components?'))! as PerformanceResourceTiming;
      expect(complete).to.be.lessThan(script.responseEnd);

      const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
      console.log(
        `cloak at ${width}px: ${moves.length} boxes moved in ${times.length} frames` +
          (PerformanceObserver.supportedEntryTypes.includes('layout-shift') ? `; layout shift ${total}` : ''),
      );
      expect(moves).to.deep.equal([]);
      // Chromium's own score (no entries elsewhere). Every entry counts: none follows an input here.
      expect(shifts.map((shift) => shift.sources.join('; '))).to.deep.equal([]);
      expect(total).to.equal(0);
      expect(page.record.errors).to.deep.equal([]);
      expect(page.record.violations).to.deep.equal([]);
    });
  }
});
