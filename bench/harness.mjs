/**
 * The browser half of the render benchmark, bundled into the bench page by bench/render.mjs
 * together with our elements and the plain-Lit baselines. Node drives it through the `window.bench…`
 * functions below and measures CPU time around each call.
 */
import { scenarios } from './scenarios.mjs';

const container = document.getElementById('bench');
const byId = new Map(scenarios.map((scenario) => [scenario.id, scenario]));
let live = [];

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
/** Resolves once the next frame has been painted: a task posted from its rAF callback runs after its paint. */
const afterPaint = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const { port1, port2 } = new MessageChannel();
      port1.onmessage = () => resolve();
      port2.postMessage(null);
    }),
  );
const updated = (elements) => Promise.all(elements.map((el) => el.updateComplete));

function scenario(kind) {
  const found = byId.get(kind);
  if (!found) throw new Error(`unknown scenario ${kind}`);
  return found;
}

const tagOf = (s, which) => (which === 'ours' ? s.tag : s.baselineTag);

/** Which scenarios' tags are defined on this page (a module may exist but not define its tag yet). */
window.benchDefined = () =>
  Object.fromEntries(
    scenarios.map((s) => [s.id, { ours: !!customElements.get(s.tag), baseline: !!customElements.get(s.baselineTag) }]),
  );

/**
 * Creates `count` elements of scenario `kind` (`which`: 'ours' or 'baseline'), appends them at once,
 * waits until every element has rendered and two frames have been painted (a second round of
 * updates, e.g. from an IntersectionObserver or ResizeObserver, is included), then removes them
 * unless `keep`. Returns the wall time from creation to the second painted frame, in ms.
 */
window.benchRender = async (kind, which, count, { keep = false } = {}) => {
  const s = scenario(kind);
  const tag = tagOf(s, which);
  const n = count ?? s.count;
  benchClear();
  const start = performance.now();
  const fragment = document.createDocumentFragment();
  const elements = [];
  for (let i = 0; i < n; i++) {
    const el = document.createElement(tag);
    s.setup(el, i);
    elements.push(el);
    fragment.append(el);
  }
  container.append(fragment);
  await updated(elements);
  await afterPaint();
  await updated(elements);
  await afterPaint();
  const wall = performance.now() - start;
  live = elements;
  if (!keep) benchClear();
  return { wall, count: n };
};

/** Removes whatever the last run left on the page. */
function benchClear() {
  container.replaceChildren();
  live = [];
}
window.benchClear = benchClear;

/**
 * The text a sighted reader sees in each live element, shadow DOM included: text in hidden,
 * invisible or visually-hidden (1 px, screen-reader-only) boxes is left out.
 */
window.benchText = () => {
  const seen = (el) =>
    el.checkVisibility({ visibilityProperty: true }) &&
    el.getBoundingClientRect().width > 1 &&
    el.getBoundingClientRect().height > 1;
  const text = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.parentElement && seen(node.parentElement) ? node.data : '';
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
    const children = node.shadowRoot ? [...node.shadowRoot.childNodes] : [...node.childNodes];
    // Slotted light-DOM content appears where its slot is.
    const slotted = node.localName === 'slot' ? node.assignedNodes({ flatten: true }) : [];
    return [...(slotted.length ? slotted : children)].map(text).join(' ');
  };
  return live.map((el) =>
    text(el)
      .replace(/\s+/g, ' ')
      .replace(/ ([,.;:!?])/g, '$1')
      .trim(),
  );
};

// ---------------------------------------------------------------------------------------------
// Disclosure: click the first section button of the (single) live nav, until its panel is painted.

/** The first visible `button[aria-expanded][aria-controls]` of the live element whose target is hidden. */
function firstToggle() {
  const root = live[0]?.shadowRoot;
  if (!root) throw new Error('no rendered element to click in');
  for (const button of root.querySelectorAll('button[aria-expanded][aria-controls]')) {
    const panel = root.getElementById(button.getAttribute('aria-controls'));
    const box = button.getBoundingClientRect();
    if (panel?.hidden && box.width > 0 && box.height > 0) return { button, panel, root };
  }
  throw new Error('no visible button controlling a hidden panel');
}

/** Renders one element to click in and returns the centre of its first section button. */
window.benchDisclosurePrepare = async (kind, which) => {
  await window.benchRender(kind, which, 1, { keep: true });
  const box = firstToggle().button.getBoundingClientRect();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

let armed;

/** Waits until the panel is shown (or hidden, `open` false) and painted. */
async function panelPainted(panel, open) {
  for (let i = 0; panel.hidden === open && i < 30; i++) {
    await updated(live);
    if (panel.hidden === open) await frame();
  }
  if (panel.hidden === open) throw new Error(`panel still ${open ? 'hidden' : 'shown'} after 30 frames`);
  await afterPaint();
}

/**
 * Arms a one-shot listener for the next click: from the click event's timestamp (when the browser
 * received the input) until the panel is shown and painted. A bubbling listener on window runs
 * after the element's own click handler.
 */
window.benchDisclosureArm = () => {
  const { panel } = firstToggle();
  armed = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no click arrived')), 5000);
    window.addEventListener(
      'click',
      (event) => {
        clearTimeout(timer);
        const start = event.timeStamp;
        panelPainted(panel, true).then(() => resolve(performance.now() - start), reject);
      },
      { once: true },
    );
  });
};

window.benchDisclosureResult = () => armed;

/** Closes the open panel again (untimed) by clicking its button. */
window.benchDisclosureClose = async () => {
  const root = live[0].shadowRoot;
  const button = root.querySelector('button[aria-expanded="true"][aria-controls]');
  if (!button) return;
  const panel = root.getElementById(button.getAttribute('aria-controls'));
  button.click();
  await panelPainted(panel, false);
};
