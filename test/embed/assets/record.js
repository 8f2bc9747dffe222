/*
 * The host page's own recorder, loaded first as a classic script (a strict CSP forbids inline
 * scripts): everything the components do to the page from its very first moment ends up in
 * `window.embedRecord` for the test to read. Console warnings still reach the console.
 */
(() => {
  const record = {
    /** `securitypolicyviolation` events: "directive blocked-uri (sample)". */
    violations: [],
    /** Uncaught errors and unhandled promise rejections. */
    errors: [],
    /** Every `console.warn`, as one string. */
    warnings: [],
    /** The time (`performance.now()` base) of every animation frame, from the first one on. */
    frames: [],
    /** The time of the last frame in which a content element first had a box (the page is complete). */
    complete: undefined,
    /** Every change of a content element's box after its first frame: "element at time: from → to". */
    moves: [],
    /** `layout-shift` entries (value, recent input, and what moved), where the engine reports them (Chromium). */
    shifts: [],
    /** Every figure the page's first member counter showed, from its first render on. */
    counted: [],
  };
  window.embedRecord = record;

  document.addEventListener('securitypolicyviolation', (event) =>
    record.violations.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`.trim()),
  );
  window.addEventListener('error', (event) => record.errors.push(String(event.error ?? event.message)));
  window.addEventListener('unhandledrejection', (event) => record.errors.push(`unhandled rejection: ${String(event.reason)}`));

  const warn = console.warn.bind(console);
  console.warn = (...args) => {
    record.warnings.push(args.map(String).join(' '));
    warn(...args);
  };

  const describe = (node) => {
    if (!(node instanceof Element)) return node?.nodeName ?? 'gone';
    const parent = node.parentElement;
    const name = `${node.localName}${node.id ? `#${node.id}` : ''}`;
    if (!parent || node.id || node === document.body) return name;
    return `${describe(parent)} > ${name}:nth-child(${[...parent.children].indexOf(node) + 1})`;
  };

  /*
   * Layout shift measured the same way in every engine (only Chromium has `layout-shift` entries):
   * on every animation frame, the box of each of the page's own elements and of our elements
   * themselves (not their light DOM, which the upgrade replaces by design), against the last frame.
   * The first frames may come before the parser has reached the body: each element is compared from
   * the first frame it is in.
   */
  const OURS = 'iom-mega-nav, iom-member-counter, iom-news-card, iom-press-contact';
  const CONTENT = `body *:not(:is(${OURS}) *, script, style, link)`;
  const boxes = new Map();
  const SIDES = ['x', 'y', 'width', 'height'];
  // Less than a thousandth of a pixel is float noise, far below a layout unit (1/64 or 1/60 px).
  const moved = (last, box) => SIDES.some((side) => Math.abs(last[side] - box[side]) > 0.001);
  const text = (box) => JSON.stringify(Object.fromEntries(SIDES.map((side) => [side, box[side]])));
  const sample = (time) => {
    record.frames.push(time);
    for (const element of document.querySelectorAll(CONTENT)) {
      const box = element.getBoundingClientRect();
      const last = boxes.get(element);
      if (last === undefined) record.complete = time;
      else if (moved(last, box)) record.moves.push(`${describe(element)} at ${time}: ${text(last)} → ${text(box)}`);
      boxes.set(element, box);
    }
    requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);

  /*
   * Watched from inside the page: this promise exists before the bundle defines the element, so it
   * settles right after the first render and before any animation frame could start the count.
   */
  customElements.whenDefined('iom-member-counter').then(async () => {
    const counter = document.querySelector('iom-member-counter');
    if (!counter) return;
    await counter.updateComplete;
    const figure = () => {
      const number = counter.shadowRoot.querySelector('[part="number"]');
      const shown = number?.querySelector('span:not(.final)') ?? number;
      return shown?.textContent.trim() ?? '';
    };
    const count = () => record.counted.push(figure());
    count();
    new MutationObserver(count).observe(counter.shadowRoot, { subtree: true, childList: true, characterData: true });
  });

  // The engine's own layout-shift score, where it has one.
  if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        record.shifts.push({
          value: entry.value,
          hadRecentInput: entry.hadRecentInput,
          sources: entry.sources.map(
            (source) =>
              `${describe(source.node)} ${JSON.stringify(source.previousRect.toJSON())} → ${JSON.stringify(source.currentRect.toJSON())}`,
          ),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  }
})();
