/*
 * Server rendering (`npm run ssr:demo`, run by `npm test` before the browser tests): the page is
 * complete and styled without JavaScript, and hydrating it keeps every node and every box.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/helpers.js';

const CLIENT = '<script type="module" src="./ssr-client.js"></script>';

/** The server-rendered page in an iframe, without its client script (added later, on demand). */
async function loadPage(file: string, sandbox?: string) {
  const source = await (await fetch(`/demo/${file}`)).text();
  expect(source).to.contain(CLIENT);
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.width = '1100';
  frame.height = '900';
  frame.srcdoc = source.replace(CLIENT, '').replace('<head>', '<head><base href="/demo/" />');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

const tags = ['iom-mega-nav', 'iom-member-counter', 'iom-news-card', 'iom-press-contact'] as const;

/**
 * The boxes of `elements()` now and on every animation frame of `win` until `stop()`, which returns
 * each change ("element: from → to"). Portable: only Chromium reports `layout-shift` entries.
 */
function watchBoxes(win: Window, elements: () => Element[]) {
  const sides = ['x', 'y', 'width', 'height'] as const;
  const text = (box: DOMRect) => JSON.stringify(Object.fromEntries(sides.map((side) => [side, box[side]])));
  const last = new Map<Element, DOMRect>();
  const moves: string[] = [];
  let watching = true;
  let frame = 0;
  const sample = () => {
    for (const element of elements()) {
      const box = element.getBoundingClientRect();
      const previous = last.get(element);
      // Less than a thousandth of a pixel is float noise, far below a layout unit (1/64 or 1/60 px).
      if (previous && sides.some((side) => Math.abs(previous[side] - box[side]) > 0.001))
        moves.push(`${[element.localName, ...element.classList].join('.')}: ${text(previous)} → ${text(box)}`);
      last.set(element, box);
    }
    if (watching) frame = win.requestAnimationFrame(sample);
  };
  sample();
  return {
    stop() {
      win.cancelAnimationFrame(frame);
      watching = false;
      sample();
      return moves;
    },
  };
}

describe('server rendering', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const [file, toggleLabel, sentence] of [
    ['ssr.html', 'Agir', '175 États membres, présente dans 171 pays'],
    ['ssr.ar.html', 'شارك', '175 دولة عضوًا، وموجودة في 171 بلدًا'],
  ] as const) {
    it(`${file}: every component is rendered and styled with JavaScript disabled`, async () => {
      const frame = await loadPage(file, 'allow-same-origin');
      const doc = frame.contentDocument!;
      expect(frame.contentWindow!.customElements.get('iom-mega-nav')).to.equal(undefined);
      for (const tag of tags) expect(doc.querySelector(tag)!.shadowRoot, tag).not.to.equal(null);
      const nav = doc.querySelector('iom-mega-nav')!.shadowRoot!;
      const labels = [...nav.querySelectorAll('button.toggle')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
      expect(labels, JSON.stringify(labels) + ' ' + doc.baseURI).to.include(toggleLabel);
      const counter = doc.querySelector('iom-member-counter')!.shadowRoot!;
      expect(counter.querySelector('p:not([aria-hidden])')!.textContent!.trim()).to.equal(sentence);
      expect(getComputedStyle(counter.querySelector('[part="number"]')!).color).to.equal('rgb(0, 51, 160)');
      expect(doc.querySelector('iom-news-card')!.shadowRoot!.querySelector('a')!.getAttribute('href')).to.contain(
        '/fr/actualites/',
      );
      expect(doc.querySelector('iom-press-contact')!.shadowRoot!.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal(
        'tel:+12027168820',
      );
    });
  }

  it('hydrates without re-creating nodes or moving boxes, then works', async () => {
    const frame = await loadPage('ssr.html');
    const win = frame.contentWindow! as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    const errors: string[] = [];
    win.addEventListener('error', (event) => errors.push(String(event.message)));
    win.console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    let shift = 0;
    if (win.PerformanceObserver.supportedEntryTypes.includes('layout-shift'))
      new win.PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shift += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    const shadow = (tag: string) => doc.querySelector(tag)!.shadowRoot!;
    const before = {
      toggle: shadow('iom-mega-nav').querySelector('button.toggle'),
      number: shadow('iom-member-counter').querySelector('[part="number"]'),
      link: shadow('iom-news-card').querySelector('a'),
      address: shadow('iom-press-contact').querySelector('address'),
    };
    // The page's own elements, ours, and a node inside each of ours, from before hydration to after.
    const outside = `body *:not(:is(${tags.join()}) *)`;
    const boxes = watchBoxes(win, () => [...doc.querySelectorAll(outside), ...Object.values(before).map((node) => node!)]);

    const client = doc.createElement('script');
    client.type = 'module';
    client.src = './ssr-client.js';
    doc.head.append(client);
    await waitUntil(() => tags.every((tag) => win.customElements.get(tag)), 'all four defined', { timeout: 5000 });
    await Promise.all(
      tags.map((tag) => (doc.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete),
    );
    await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));

    expect(shadow('iom-mega-nav').querySelector('button.toggle')).to.equal(before.toggle);
    expect(shadow('iom-member-counter').querySelector('[part="number"]')).to.equal(before.number);
    expect(shadow('iom-news-card').querySelector('a')).to.equal(before.link);
    expect(shadow('iom-press-contact').querySelector('address')).to.equal(before.address);
    expect(boxes.stop()).to.deep.equal([]);
    expect(shift).to.equal(0);
    expect(errors).to.deep.equal([]);

    (before.toggle as HTMLButtonElement).click();
    await (doc.querySelector('iom-mega-nav') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(before.toggle!.getAttribute('aria-expanded')).to.equal('true');
    expect((shadow('iom-mega-nav').querySelector('.panel:not([hidden])') as HTMLElement).id).to.equal('panel-0');
  });
});
