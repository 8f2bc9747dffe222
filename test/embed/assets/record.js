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
    /** `layout-shift` entries (value, recent input, and what moved). */
    shifts: [],
    /** First paint and first contentful paint times, when the browser reports them. */
    paints: [],
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

  const describe = (node) =>
    node instanceof Element ? node.localName + (node.id ? `#${node.id}` : '') : (node?.nodeName ?? 'gone');
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
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.paints.push(entry.name);
  }).observe({ type: 'paint', buffered: true });
})();
