/*
 * What other scripts on a host page may have done to its globals before ours runs, picked by the
 * page's URL (hostile-globals.test.ts), then the CDN entry, imported as a webmaster's script tag
 * would load it (a created <script src> would need a Trusted Types policy).
 *
 * `?pollute`: enumerable properties on the built-ins' prototypes, the kind a `for…in` sees:
 * - a polluted `merge()` (a JSON `"__proto__"` key merged into a plain object) leaves data values
 *   on Object.prototype: numbers, strings, booleans, objects, arrays;
 * - old-style libraries and polyfills (Prototype.js, MooTools, hand-written shims) assign methods
 *   to the prototypes of Object, Array, Function, String, Number and the DOM.
 *
 * `?pollute=options`: also, on Object.prototype, members of the option dictionaries the library
 *   hands to the platform and to Lit, each with a value that would switch something off or change
 *   what a reader sees: the fetch of a `src`, the shadow root's slots, attributes, rendering,
 *   number and date formats, when the counter counts.
 *
 * `?slot=<case>`: a value already in the CDN entry's global slot (`slots` below). `?slot=frozen-record`
 * loads the entry first, freezes the record it wrote, then loads another version's entry.
 */
(() => {
  const query = new URLSearchParams(location.search);
  const key = Symbol.for('@iom/components/cdn');
  const entry = '/dist/cdn/iom-components.js';

  const merge = (target, source) => {
    for (const name of Object.keys(source)) {
      const value = source[name];
      if (value && typeof value === 'object') merge((target[name] ??= {}), value);
      else target[name] = value;
    }
    return target;
  };

  function pollute() {
    merge(
      {},
      JSON.parse('{"__proto__": {"foo": 1, "polluted": "yes", "isAdmin": true, "settings": {"theme": "dark"}, "list": [1, 2]}}'),
    );
    Object.prototype.extend = function (source) {
      return Object.assign(this, source);
    };
    Array.prototype.foo = 1;
    Array.prototype.each = function (callback) {
      this.forEach(callback);
    };
    Array.prototype.last = function () {
      return this[this.length - 1];
    };
    Function.prototype.foo = 1;
    Function.prototype.delay = function (ms, ...args) {
      return setTimeout(() => this(...args), ms);
    };
    String.prototype.capitalize = function () {
      return this.charAt(0).toUpperCase() + this.slice(1);
    };
    Number.prototype.times = function (callback) {
      for (let i = 0; i < this; i++) callback(i);
    };
    Element.prototype.show = function () {
      this.hidden = false;
    };
    EventTarget.prototype.fire = function (type) {
      return this.dispatchEvent(new Event(type));
    };
  }

  const slot = (descriptor) => Object.defineProperty(window, key, { configurable: true, ...descriptor });
  const slots = {
    string: () => slot({ value: 'loaded', writable: true }),
    'wrong-version-type': () => slot({ value: { version: 1, bundle: Promise.resolve() }, writable: true }),
    'no-bundle': () => slot({ value: { version: '0.0.1' }, writable: true }),
    frozen: () => slot({ value: Object.freeze({ version: '0.0.1' }), writable: true }),
    'throwing-getter': () =>
      slot({
        get() {
          throw new Error('not yours');
        },
      }),
    'non-configurable': () => slot({ value: 'taken', writable: false, configurable: false }),
    'non-writable-empty': () => slot({ value: undefined, writable: false, configurable: false }),
  };

  const options = {
    // fetch()
    integrity: 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
    method: 'PUT',
    // attachShadow()
    slotAssignment: 'manual',
    // Lit's property declarations and render options
    attribute: false,
    noAccessor: true,
    renderBefore: 'not a node',
    // Intl.NumberFormat, Intl.DateTimeFormat
    style: 'percent',
    calendar: 'hebrew',
    // IntersectionObserver: only a counter entirely past the top of the viewport would count.
    rootMargin: '0px 0px -100% 0px',
  };

  if (query.has('pollute')) pollute();
  if (query.get('pollute') === 'options') Object.assign(Object.prototype, options);
  const taken = query.get('slot');
  if (taken === 'frozen-record') {
    import(entry).then(() => Object.freeze(window[key])).then(() => import('/test-cdn-other-version/iom-components.js'));
  } else {
    slots[taken]?.();
    import(entry);
  }
})();
