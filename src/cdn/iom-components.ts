/*
 * The CDN entry a webmaster pastes. It stays tiny and loads the real bundle once per page: two
 * script tags, even from two different URLs, must not evaluate Lit twice (Lit creates its Trusted
 * Types policy when evaluated, and a strict page allows that policy name only once).
 *
 * The first entry to run records its version on the page. A later entry of the same version does
 * nothing; one of another version does not load its bundle either (for the same reason) and warns
 * once per tag, naming both versions, in the words `define` uses when the npm build meets the CDN.
 *
 * This module imports nothing: whatever it imported from src/ would be built into the bundle chunk
 * (vite.config.ts), which the entry would then load on every run. Hence the version written out
 * here; test/embed/double-cdn.test.ts fails if it differs from src/core/version.ts.
 */
const VERSION = '0.1.0';

/** The tags the bundle defines (the keys of `iomElements`). */
const TAGS = ['iom-mega-nav', 'iom-member-counter', 'iom-news-card', 'iom-press-contact'];

interface Loaded {
  version: string;
  bundle: Promise<unknown>;
  /** Other versions already reported, so that each is reported once per tag. */
  reported?: string[];
}

const key = Symbol.for('@iom/components/cdn');
const page = globalThis as typeof globalThis & { [key]?: Loaded };
const first = page[key];
if (!first) {
  page[key] = { version: VERSION, bundle: import('./bundle.js') };
} else if (first.version !== VERSION && !(first.reported ??= []).includes(VERSION)) {
  first.reported.push(VERSION);
  const kept = first.version ?? 'unknown';
  for (const tag of TAGS) {
    console.warn(
      `[${tag}] version: "${VERSION}" was not registered: version ${kept} already defines this tag; kept version ${kept}`,
    );
  }
}
