/*
 * The CDN entry a webmaster pastes. It stays tiny and loads the real bundle once per page: two
 * script tags, even from two different URLs, must not evaluate Lit twice (Lit creates its Trusted
 * Types policy when evaluated, and a strict page allows that policy name only once).
 *
 * The first entry to run records its version and its bundle on the page. A later entry of the
 * same version does nothing; one of another version does not load its bundle either (for the same
 * reason): once the recorded bundle has loaded, that bundle warns once per tag it defines, naming
 * both versions, in the words `define` uses when the npm build meets the CDN (`refuse` in
 * bundle.ts). A bundle that cannot (an older one, without `refuse`, or one that failed to load)
 * leaves one warning of the entry's own instead.
 *
 * The record lives in a global slot that other scripts can reach. Whatever they left there (another
 * value, a frozen object, a getter that throws, a slot that cannot be written), the entry does not
 * throw: it trusts only a record of the shape below (which every version keeps), and otherwise
 * warns once, naming what it found, and loads the bundle all the same.
 *
 * This module imports nothing: whatever it imported from src/ would be built into the bundle chunk
 * (vite.config.ts), which the entry would then load on every run. Hence no tag here (the bundle
 * knows them), and the version as the build writes it in (src/build-constants.d.ts).
 */
const VERSION = __IOM_VERSION__;

interface Loaded {
  version: string;
  /** The bundle's module: it defines the elements, and exports {@link Bundle} to the entries of other versions. */
  bundle: Promise<unknown>;
}

/** What the bundle of every version exports for the entries of other versions (bundle.ts). */
interface Bundle {
  /** Warns, once per tag, that `version` was not registered. */
  refuse(version: string): void;
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
  if (kept !== VERSION) void leaveTo(found as Loaded, kept);
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

/** Leaves the page to the bundle `record` holds (version `kept`), which gives the warnings once it has loaded. */
async function leaveTo(record: Loaded, kept: string): Promise<void> {
  try {
    const bundle = (await record.bundle) as Partial<Bundle> | undefined;
    if (typeof bundle?.refuse === 'function') return bundle.refuse(VERSION);
  } catch {
    // It failed to load, or is not what it claims to be: the warning below.
  }
  console.warn(
    `[iom-components] version: "${VERSION}" was not registered: version ${kept} already defines the components; kept version ${kept}`,
  );
}

/** What was found, as the warning names it: short, and never throwing. */
function shown(value: unknown): string {
  try {
    return (JSON.stringify(value) ?? String(value)).slice(0, 100);
  } catch {
    return typeof value;
  }
}
