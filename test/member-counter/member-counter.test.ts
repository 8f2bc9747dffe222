import { expect } from '@open-wc/testing';
import '../../src/iom-member-counter.js';
import type { IomMemberCounter } from '../../src/iom-member-counter.js';
import { counterHarness } from './support.js';
import { captureWarnings, fixture, html, setPageLanguage, waitUntil, warningsDuring } from '../support/helpers.js';
import { freshPage } from '../support/fresh-page.js';

/** Resolves once the browser has computed intersections for the page as it is now (a new observer's first report). */
const intersectionsComputed = (target: Element) =>
  new Promise<void>((resolve) => {
    const observer = new IntersectionObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(target);
  });

describe('iom-member-counter', () => {
  beforeEach(() => setPageLanguage('en'));

  it('defaults to the source page figures, 175 Member States in 171 countries', async () => {
    const el = await fixture<IomMemberCounter>(html`<iom-member-counter duration="0"></iom-member-counter>`);
    await waitUntil(() => counterHarness(el).figures[0] === '175');
    const sentence = el.shadowRoot!.querySelector<HTMLElement>('[part="sentence"]')!;
    expect(sentence.innerText.replace(/\s+/g, ' ').trim()).to.equal('175 Member States, present in 171 countries');
    expect(counterHarness(el).figures).to.deep.equal(['175', '171']);
    expect(counterHarness(el).spoken).to.equal('175 Member States, present in 171 countries');
  });

  it('gives screen readers the final figures from the start and hides the animated digits', async () => {
    const el = await fixture<IomMemberCounter>(html`<iom-member-counter duration="60000"></iom-member-counter>`);
    expect(counterHarness(el).spoken).to.equal('175 Member States, present in 171 countries');
    const sentence = el.shadowRoot!.querySelector('[part="sentence"]')!;
    expect(sentence.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  /** A counter below the fold, so not counting yet. */
  async function belowTheFold(): Promise<IomMemberCounter> {
    const page = await fixture<HTMLDivElement>(html`<div><div class="spacer"></div></div>`);
    page.querySelector<HTMLElement>('.spacer')!.style.height = '3000px';
    const el = document.createElement('iom-member-counter');
    el.duration = 60000;
    page.append(el);
    await el.updateComplete;
    return el;
  }

  it('shows the final figures to a page about to be printed, even below the fold', async () => {
    const el = await belowTheFold();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(counterHarness(el).figures).to.deep.equal(['0', '0']);
    dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(counterHarness(el).figures).to.deep.equal(['175', '171']);
    expect(counterHarness(el).counting).to.equal(false);
  });

  it('shows the final figures at once where nothing can tell it is visible (no IntersectionObserver)', async () => {
    const observer = window.IntersectionObserver;
    // @ts-expect-error: an older or stripped-down engine
    window.IntersectionObserver = undefined;
    try {
      const el = await belowTheFold();
      expect(counterHarness(el).figures).to.deep.equal(['175', '171']);
      expect(counterHarness(el).spoken).to.equal('175 Member States, present in 171 countries');
    } finally {
      window.IntersectionObserver = observer;
    }
  });

  it('counts up from 0 once it is half visible, passing through intermediate figures, and ends on the final ones', async () => {
    const seen = new Set<string>();
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <div></div>
        <iom-member-counter duration="400"></iom-member-counter>
      </div>`,
    );
    page.querySelector('div')!.style.height = '3000px'; // pushes the counter below the fold
    const el = page.querySelector('iom-member-counter')!;
    await el.updateComplete;
    const record = () => seen.add(counterHarness(el).figures[0]!);
    const observer = new MutationObserver(record);
    observer.observe(el.shadowRoot!, { subtree: true, characterData: true, childList: true });
    record();
    // Out of view: it waits at 0.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(counterHarness(el).figures).to.deep.equal(['0', '0']);
    el.scrollIntoView();
    await waitUntil(() => counterHarness(el).figures[0] === '175', 'count reaches 175', { timeout: 5000 });
    observer.disconnect();
    const values = [...seen].map(Number);
    expect(values[0]).to.equal(0);
    expect(
      values.some((v) => v > 0 && v < 175),
      `intermediate values: ${values}`,
    ).to.equal(true);
    expect([...values].sort((a, b) => a - b)).to.deep.equal(values); // never goes backwards
    expect(counterHarness(el).figures).to.deep.equal(['175', '171']);
    // Once: scrolling away and back does not restart it.
    window.scrollTo(0, 0);
    el.scrollIntoView();
    await el.updateComplete;
    expect(counterHarness(el).figures).to.deep.equal(['175', '171']);
  });

  it('starts exactly when half of it is visible, not a pixel before', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <div></div>
        <iom-member-counter duration="300"></iom-member-counter>
        <div></div>
      </div>`,
    );
    for (const spacer of page.querySelectorAll('div')) spacer.style.height = '3000px';
    const el = page.querySelector('iom-member-counter')!;
    el.style.height = '100px'; // whole pixels: the visible fraction is exact
    await el.updateComplete;
    const viewport = document.documentElement.clientHeight;
    /** Scrolls until `pixels` of the counter's top are inside the bottom of the viewport. */
    const reveal = async (pixels: number) => {
      window.scrollBy(0, el.getBoundingClientRect().top - (viewport - pixels));
      expect(viewport - el.getBoundingClientRect().top, 'visible pixels').to.equal(pixels);
      await intersectionsComputed(el);
      // A count started there would show its first figures above 0 within a few frames.
      for (let frame = 0; frame < 3; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    };
    for (const pixels of [20, 49]) {
      await reveal(pixels);
      expect(counterHarness(el).figures, `${pixels}% visible`).to.deep.equal(['0', '0']);
    }
    await reveal(50);
    await waitUntil(() => counterHarness(el).figures[0] === '175', 'counts once half visible', { timeout: 5000 });
    window.scrollTo(0, 0);
  });

  it('counts up in a page without Trusted Types', async () => {
    const fresh = await freshPage('/src/iom-member-counter.ts', { trustedTypes: false });
    try {
      expect((fresh.window as { trustedTypes?: unknown }).trustedTypes).to.equal(undefined);
      const el = fresh.document.createElement('iom-member-counter');
      el.duration = 200;
      fresh.document.body.append(el);
      await waitUntil(() => counterHarness(el).figures[0] === '175', 'counted up', { timeout: 5000 });
      expect(counterHarness(el).spoken).to.equal('175 Member States, present in 171 countries');
    } finally {
      fresh.remove();
    }
  });

  it('takes figures from attributes and labels them with the right plural form', async () => {
    const el = await fixture<IomMemberCounter>(
      html`<iom-member-counter member-states="1" countries="1" duration="0"></iom-member-counter>`,
    );
    await waitUntil(() => counterHarness(el).figures[0] === '1');
    expect(counterHarness(el).spoken).to.equal('1 Member State, present in 1 country');
    el.memberStates = 2;
    el.setAttribute('countries', '12');
    await el.updateComplete;
    expect(counterHarness(el).spoken).to.equal('2 Member States, present in 12 countries');
  });

  it('uses tabular digits and reserves the final width while counting, so nothing moves', async () => {
    const el = await fixture<IomMemberCounter>(html`<iom-member-counter duration="60000"></iom-member-counter>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.final'), 'counting');
    const number = el.shadowRoot!.querySelector<HTMLElement>('[part="number"]')!;
    expect(getComputedStyle(number).fontVariantNumeric).to.equal('tabular-nums');
    const final = number.querySelector<HTMLElement>('.final')!;
    expect(final.textContent).to.equal('175');
    expect(getComputedStyle(final).visibility).to.equal('hidden');
    expect(number.getBoundingClientRect().width).to.equal(final.getBoundingClientRect().width);
    expect(Number(counterHarness(el).figures[0])).to.be.below(175);
  });

  it('renders the final figures at once, as plain text, with duration 0', async () => {
    const el = await fixture<IomMemberCounter>(html`<iom-member-counter duration="0"></iom-member-counter>`);
    expect(counterHarness(el).figures).to.deep.equal(['175', '171']);
    expect(el.shadowRoot!.querySelector('.final')).to.equal(null);
  });

  describe('bad input', () => {
    const cases: Array<[string, string]> = [
      ['abc', 'abc'],
      ['-5', '-5'],
      ['12.5', '12.5'],
      ['1001', '1001'],
      ['', ''],
      ['Infinity', 'Infinity'],
    ];
    for (const [value, shown] of cases) {
      it(`keeps the last good figure and warns once for member-states="${value}"`, async () => {
        const el = await fixture<IomMemberCounter>(
          html`<iom-member-counter member-states="180" duration="0"></iom-member-counter>`,
        );
        const warnings = await warningsDuring(async () => {
          el.setAttribute('member-states', value);
          await el.updateComplete;
          el.requestUpdate();
          await el.updateComplete;
        });
        expect(counterHarness(el).spoken).to.equal('180 Member States, present in 171 countries');
        expect(warnings).to.deep.equal([
          `[iom-member-counter] attribute "member-states": ${JSON.stringify(shown)} is not a whole number from 0 to 1000; kept 180`,
        ]);
      });
    }

    it('keeps the defaults when the first value is bad, for countries too', async () => {
      let el!: IomMemberCounter;
      const warnings = await warningsDuring(async () => {
        el = await fixture<IomMemberCounter>(html`<iom-member-counter countries="lots" duration="0"></iom-member-counter>`);
      });
      expect(counterHarness(el).spoken).to.equal('175 Member States, present in 171 countries');
      expect(warnings).to.deep.equal([
        '[iom-member-counter] attribute "countries": "lots" is not a whole number from 0 to 1000; kept 171',
      ]);
    });

    it('falls back to 1500 ms and warns for a bad duration', async () => {
      const capture = captureWarnings();
      const el = await fixture<IomMemberCounter>(html`<iom-member-counter duration="soon"></iom-member-counter>`);
      await waitUntil(() => capture.messages.length > 0, 'warning when counting starts');
      capture.stop();
      await waitUntil(() => counterHarness(el).figures[0] === '175', 'counted with the default duration', { timeout: 5000 });
      expect(capture.messages).to.deep.equal([
        '[iom-member-counter] attribute "duration": "soon" is not a number of milliseconds from 0 to 60000; kept 1500',
      ]);
    });

    it('goes back to the default when an attribute is removed', async () => {
      const el = await fixture<IomMemberCounter>(html`<iom-member-counter member-states="3" duration="0"></iom-member-counter>`);
      el.removeAttribute('member-states');
      await el.updateComplete;
      expect(counterHarness(el).spoken).to.equal('175 Member States, present in 171 countries');
    });
  });

  describe('src', () => {
    it('loads figures from JSON, which win over attributes', async () => {
      const el = await fixture<IomMemberCounter>(
        html`<iom-member-counter member-states="3" src="/test-api/ok" duration="0"></iom-member-counter>`,
      );
      expect(counterHarness(el).spoken).to.equal('3 Member States, present in 171 countries');
      await waitUntil(() => counterHarness(el).spoken.startsWith('180'));
      expect(counterHarness(el).spoken).to.equal('180 Member States, present in 172 countries');
    });

    for (const [path, problem] of [
      ['not-found', 'answered HTTP 404'],
      ['server-error', 'answered HTTP 500'],
      ['html', 'not JSON'],
      ['invalid-json', 'answered invalid JSON'],
      ['wrong-shape', 'wrong shape'],
      ['too-large', 'more than 1000000 bytes'],
    ]) {
      it(`keeps the last good figures and warns once when src answers ${path}`, async () => {
        const el = await fixture<IomMemberCounter>(
          html`<iom-member-counter member-states="4" src="/test-api/figures?m=150&amp;c=140" duration="0"></iom-member-counter>`,
        );
        await waitUntil(() => counterHarness(el).spoken.startsWith('150'));
        const capture = captureWarnings();
        el.src = `/test-api/${path}?counter`;
        await waitUntil(() => capture.messages.length > 0, `warning for ${path}`);
        capture.stop();
        expect(capture.messages).to.have.length(1);
        expect(capture.messages[0]).to.contain(`[iom-member-counter] src: "/test-api/${path}?counter"`).and.contain(problem);
        expect(counterHarness(el).spoken).to.equal('150 Member States, present in 140 countries');
      });
    }

    it('warns for an unsafe src and never fetches it', async () => {
      const warnings = await warningsDuring(async () => {
        const el = await fixture<IomMemberCounter>(
          html`<iom-member-counter src="javascript:alert(1)" duration="0"></iom-member-counter>`,
        );
        await new Promise((resolve) => setTimeout(resolve, 0));
        expect(counterHarness(el).spoken).to.equal('175 Member States, present in 171 countries');
      });
      expect(warnings).to.deep.equal([
        '[iom-member-counter] src: "javascript:alert(1)" is not an http(s) or relative URL; kept the current content',
      ]);
    });

    it('cancels the request in flight when src changes: the last src wins', async () => {
      const el = await fixture<IomMemberCounter>(
        html`<iom-member-counter src="/test-api/slow?ms=600" duration="0"></iom-member-counter>`,
      );
      el.src = '/test-api/figures?m=111&c=99';
      await waitUntil(() => counterHarness(el).spoken.startsWith('111'));
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(counterHarness(el).spoken).to.equal('111 Member States, present in 99 countries');
    });

    it('cancels the request when disconnected and loads again when reconnected', async () => {
      const el = await fixture<IomMemberCounter>(
        html`<iom-member-counter src="/test-api/slow?ms=300" duration="0"></iom-member-counter>`,
      );
      const parent = el.parentElement!;
      el.remove();
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(counterHarness(el).spoken).to.equal('175 Member States, present in 171 countries');
      parent.append(el);
      await waitUntil(() => counterHarness(el).spoken.startsWith('190'), 'reloaded after reconnect', { timeout: 3000 });
    });
  });
});
