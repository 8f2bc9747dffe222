/* The counter for a visitor whose system asks for reduced motion (the browsers of this file are started so). */
import { expect } from '@open-wc/testing';
import '../../src/iom-member-counter.js';
import { counterHarness } from './support.js';

describe('iom-member-counter with reduced motion', () => {
  it('under prefers-reduced-motion shows the final figures from the first paint, never an intermediate one', async () => {
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'this browser asks for reduced motion').to.equal(true);
    const seen: string[] = [];
    const el = document.createElement('iom-member-counter');
    el.duration = 2000;
    // Record every figure ever rendered, from the very first render.
    const observer = new MutationObserver(() => counterHarness(el).figures.forEach((f) => f && seen.push(f)));
    const host = document.createElement('div');
    document.body.append(host);
    host.append(el);
    observer.observe(el.shadowRoot!, { subtree: true, characterData: true, childList: true });
    await el.updateComplete;
    counterHarness(el).figures.forEach((f) => f && seen.push(f));
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
    host.remove();
    expect(new Set(seen)).to.deep.equal(new Set(['175', '171']));
  });
});
