/*
 * The navigation for a visitor whose system asks for reduced motion and forced colours (the
 * browsers of this file are started with those preferences).
 */
import { expect } from '@open-wc/testing';
import '../../src/iom-mega-nav.js';
import { itExceptIn } from '../support/engine.js';
import { navAt, navHarness } from './fixtures.js';

describe('iom-mega-nav with reduced motion and forced colours', () => {
  it('opens a panel without animating it', async () => {
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'this browser asks for reduced motion').to.equal(true);
    const element = await navAt(1100);
    navHarness(element).toggles[0]!.click();
    await element.updateComplete;
    expect(getComputedStyle(navHarness(element).openPanels[0]!).animationName).to.equal('none');
  });

  itExceptIn(
    { webkit: 'WebKit has no forced-colours mode on any platform: (forced-colors: active) never matches' },
    'shows the current-section marker in forced-colours mode',
    async () => {
      expect(matchMedia('(forced-colors: active)').matches, 'this browser forces colours').to.equal(true);
      const element = await navAt(1100);
      const marker = getComputedStyle(element.shadowRoot!.querySelector('.section-link.current')!);
      expect(marker.borderBlockEndStyle).to.equal('solid');
      expect(marker.borderBlockEndWidth).to.equal('3px');
      expect(marker.borderBlockEndColor).not.to.equal('rgba(0, 0, 0, 0)');
    },
  );
});
