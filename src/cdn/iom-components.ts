/*
 * The CDN entry a webmaster pastes. It stays tiny and loads the real bundle once per page: two
 * script tags, even from two different URLs, must not evaluate Lit twice (Lit creates its Trusted
 * Types policy when evaluated, and a strict page allows that policy name only once).
 *
 * The first entry to run records its version on the page. A later entry of the same version does
 * nothing; one of another version does not load its bundle either (for the same reason) and warns
 * once per tag, naming both versions, in the words `define` uses when the npm build meets the CDN.
 *
 * The record lives in a global slot that other scripts can reach. Whatever they left there (another
 * value, a frozen object, a getter that throws, a slot that cannot be written), the entry does not
 * throw: it trusts only a record of the shape below (which every version keeps), and otherwise
 * warns once, naming what it found, and loads the bundle all the same.
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
const page = globalThis as typeof globalThis & { [key]?: unknown };

let found: unknown;
/** The version in a record left by some copy of this library. */
let kept: unknown;
let problem: string | false | undefined;
try {
  found = page[key];
  const record = found as Partial<Loaded> | undefined;
  if (record?.bundle instanceof Promise) kept = record.version;
} catch {
  problem = 'cannot be read';
}

if (typeof kept === 'string') {
  if (kept !== VERSION && firstReport(found as Loaded)) {
    for (const tag of TAGS) {
      console.warn(
        `[${tag}] version: "${VERSION}" was not registered: version ${kept} already defines this tag; kept version ${kept}`,
      );
    }
  }
} else {
  const written = claim({ version: VERSION, bundle: import('./bundle.js') });
  problem ??= found === undefined ? !written && 'cannot be written' : `${shown(found)} is not this script's record`;
  if (problem) {
    console.warn(
      `[iom-components] Symbol.for("@iom/components/cdn"): ${problem}; ${written ? 'replaced it' : 'loaded the components without it'}`,
    );
  }
}

/** Records `record` on the page; false when the slot does not keep it (not writable, a setter that drops it…). */
function claim(record: Loaded): boolean {
  try {
    page[key] = record;
    return page[key] === record;
  } catch {
    return false;
  }
}

/** Whether this version is reported for the first time (a record that cannot keep the list reports every time). */
function firstReport(record: Loaded): boolean {
  try {
    const reported = (record.reported ??= []);
    if (reported.includes(VERSION)) return false;
    reported.push(VERSION);
  } catch {
    // Frozen, or a list that is not one: reported again.
  }
  return true;
}

/** What was found, as the warning names it: short, and never throwing. */
function shown(value: unknown): string {
  try {
    return (JSON.stringify(value) ?? String(value)).slice(0, 100);
  } catch {
    return typeof value;
  }
}
