#!/usr/bin/env node
/**
 * `npm run bench` (after `npm run build`): bundle sizes of the CDN build, its locale chunks and
 * the npm entries, next to plain Lit measured in the same run; then render timings against plain-Lit
 * baselines (bench/render.mjs); then page-level figures of demo/embed.html (bench/page.mjs). A report, not a test: it exits non-zero only when a byte budget
 * (DESIGN.md §6) is exceeded; timings are reported, never fail the run. Figures go to
 * bench/results.json and, readable, to bench/RESULTS.md. `--sizes-only` skips the render timings and the page level;
 * `--check` (`npm run bench:check`, part of `npm test`) measures bytes only, writes nothing and fails on a budget.
 */
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';
import { build, version as viteVersion } from 'vite';
import { runRenderBench } from './render.mjs';
import { runPageBench } from './page.mjs';
import { writeReport } from './report.mjs';
import { attribute, bundleChunk, printAttribution } from './attribution.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const cdnDir = join(dist, 'cdn');
const tmpDir = join(root, 'bench', '.tmp');

const KB = 1024;
/**
 * gzip budgets (bytes) for what each component adds to a page that already has Lit, @lit/localize
 * and the shared `core/` (paid once however many components a page uses, with a budget of its own):
 * gzip(entry bundled with core, Lit external) − gzip(core alone). The entry's full cost on its own
 * is printed beside it.
 */
const npmBudgets = {
  'member-counter.js': 1536,
  'mega-nav.js': 4096,
  'news-card.js': 2048,
  'press-contact.js': 2560,
};
// 4 KB since the base element owns what the four share (warnings, attribute checks, the locale) and
// core/controllers/ holds the reusable controllers (width, dismissal, JSON source).
const coreBudget = 4 * KB;
const cdnBudget = { max: 15 * KB, aim: 12 * KB };
const localeBudget = 1.5 * KB;

// ---------------------------------------------------------------------------------------------
// Sizes

/** Raw, gzip (level 9) and brotli (quality 11) sizes of a string or buffer. */
function sizes(code) {
  const buf = Buffer.from(code);
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length,
  };
}

/** Sum of per-file sizes: each file is fetched, hence compressed, on its own. */
const total = (files) =>
  files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });

// ---------------------------------------------------------------------------------------------
// Printing

const failures = [];
const num = (n) => String(n).padStart(8);
const kb = (n) => `${(n / KB).toFixed(2)} KB`.padStart(9);
const line = (label, s, note = '') =>
  console.log(`  ${label.padEnd(44)}${num(s.raw)}${num(s.gzip)} ${kb(s.gzip)}${num(s.brotli)}  ${note}`);
const heading = (title) =>
  console.log(`\n${title}\n  ${''.padEnd(44)}${'raw'.padStart(8)}${'gzip'.padStart(8)}${''.padStart(10)}${'brotli'.padStart(8)}`);

/** Checks `gzip <= max`, records a failure if not, and returns the note to print. */
function budget(label, gzip, max) {
  if (gzip <= max) return `ok (≤ ${max})`;
  failures.push(`${label}: ${gzip} B gzip > budget ${max} B (+${gzip - max})`);
  return `!!! OVER BUDGET (${max}) !!!`;
}

// ---------------------------------------------------------------------------------------------
// 1. CDN static part, measured as shipped in dist/cdn/: the entry, its dynamic import of the bundle
//    chunk, and every static import from there on. Locale chunks (dist/cdn/locales/) and any other
//    lazy chunk are left out.

const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g;
const specifiers = (code, re) => [...code.matchAll(re)].map((m) => m[1]).filter((s) => s.startsWith('.'));

function cdnStaticFiles(entry) {
  const seen = new Set();
  const lazy = new Set();
  const visit = (file, isEntry) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    const at = (spec) => resolve(dirname(file), spec);
    for (const spec of specifiers(code, STATIC_IMPORT)) visit(at(spec), false);
    for (const spec of specifiers(code, DYNAMIC_IMPORT)) {
      const target = at(spec);
      // Only the entry's own dynamic import (the bundle chunk) belongs to the static part.
      if (isEntry && !relative(cdnDir, target).startsWith('locales')) visit(target, false);
      else lazy.add(target);
    }
  };
  visit(entry, true);
  return { files: [...seen], lazy: [...lazy].filter((f) => !seen.has(f)) };
}

function measureCdn() {
  const entry = join(cdnDir, 'iom-components.js');
  const { files, lazy } = cdnStaticFiles(entry);
  heading('CDN bundle, static part (dist/cdn/)');
  const measured = files.map((file) => ({ file: relative(cdnDir, file), ...sizes(readFileSync(file)) }));
  measured.forEach((f) => line(f.file, f));
  const sum = total(measured);
  const aim = sum.gzip <= cdnBudget.aim ? `aim met (≤ ${cdnBudget.aim})` : `above aim (${cdnBudget.aim})`;
  line('total (sum of files)', sum, `${budget('CDN static part', sum.gzip, cdnBudget.max)}, ${aim}`);
  // Sanity check: every emitted .js file is either counted or a known lazy chunk.
  const lazyNames = lazy.map((f) => relative(cdnDir, f));
  const others = readdirSync(cdnDir, { recursive: true }).filter(
    (f) => f.endsWith('.js') && !measured.some((m) => m.file === f) && !lazyNames.includes(f),
  );
  if (others.length) console.log(`  note: files not reachable from the entry: ${others.join(', ')}`);
  // Code only some pages use (e.g. fetching a JSON `src`), loaded on first use: listed, not counted.
  heading('CDN lazy chunks (loaded on first use, not counted above)');
  const lazyChunks = lazyNames
    .filter((f) => !f.startsWith('locales'))
    .map((f) => ({ file: f, ...sizes(readFileSync(join(cdnDir, f))) }));
  lazyChunks.forEach((f) => line(f.file, f));
  return { files: measured, total: sum, budget: cdnBudget.max, aim: cdnBudget.aim, lazy: lazyChunks };
}

// ---------------------------------------------------------------------------------------------
// 2. Locale chunks of the CDN build, each on its own budget.

function measureLocales() {
  heading('CDN locale chunks (dist/cdn/locales/, loaded lazily, one per page)');
  return readdirSync(join(cdnDir, 'locales'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const s = { file: `locales/${f}`, ...sizes(readFileSync(join(cdnDir, 'locales', f))) };
      line(s.file, s, budget(`locale ${f}`, s.gzip, localeBudget));
      return s;
    });
}

// ---------------------------------------------------------------------------------------------
// 3 + 4. Bundles made with Vite: npm entries (own modules inlined, Lit external) and Lit itself.

const isLit = (id) => /^(lit|lit-html|@lit\/localize|@lit\/reactive-element|@lit\/react|react|react-dom)(\/|$)/.test(id);

/**
 * Bundles `entry` with Vite into memory, fully minified. (Library mode alone keeps whitespace and
 * comments in ES output, so minification is forced on the output too.) Returns the entry chunk plus
 * the chunks it imports statically, and separately the lazy chunks.
 */
async function bundle(entry, { external }) {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    publicDir: false,
    build: {
      write: false,
      outDir: tmpDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['es'] },
      rolldownOptions: { external, output: { minify: true, comments: false } },
    },
  });
  const chunks = (Array.isArray(result) ? result[0] : result).output.filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const eager = new Set();
  const add = (c) => !eager.has(c) && (eager.add(c), c.imports.forEach((i) => byName.has(i) && add(byName.get(i))));
  add(chunks.find((c) => c.isEntry));
  return {
    code: [...eager].map((c) => c.code).join('\n'),
    lazy: chunks.filter((c) => !eager.has(c)).map((c) => ({ file: c.fileName, ...sizes(c.code) })),
  };
}

/** The npm entries are the `./dist/*.js` files that package.json exports (the CDN entry aside). */
function npmEntries() {
  const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const files = Object.values(exports)
    .map((e) => (typeof e === 'string' ? e : e.default))
    .filter((f) => /^\.?\/?dist\/[^/]+\.js$/.test(f))
    .map((f) => f.replace(/^\.?\/?dist\//, ''));
  return [...new Set([...files, ...Object.keys(npmBudgets)])];
}

/**
 * Every module of dist/core/ bundled (Lit external), but those only ever imported dynamically
 * (fetching a JSON `src`), which no component loads up front: what all components share.
 */
async function measureCore() {
  mkdirSync(tmpDir, { recursive: true });
  const entry = join(tmpDir, 'core.js');
  const all = readdirSync(join(dist, 'core')).filter((f) => f.endsWith('.js'));
  const lazy = new Set(
    all.flatMap((f) =>
      specifiers(readFileSync(join(dist, 'core', f), 'utf8'), DYNAMIC_IMPORT).map((spec) => spec.replace(/^\.\//, '')),
    ),
  );
  const modules = all.filter((f) => !lazy.has(f));
  writeFileSync(entry, modules.map((f) => `export * from ${JSON.stringify(join(dist, 'core', f))};`).join('\n'));
  const core = sizes((await bundle(entry, { external: isLit })).code);
  line('core/ (shared by all components)', core, budget('npm core/', core.gzip, coreBudget));
  return core;
}

async function measureNpm() {
  heading('npm entries, minified, Lit and @lit/localize external: standalone | beyond core (standalone − core)');
  const core = await measureCore();
  const results = [];
  for (const name of npmEntries()) {
    const file = join(dist, name);
    if (!existsSync(file)) {
      failures.push(`npm entry ${name}: has a budget but dist/${name} does not exist`);
      console.log(`  ${name.padEnd(44)}!!! MISSING !!!`);
      continue;
    }
    const { code, lazy } = await bundle(file, { external: isLit });
    const standalone = sizes(code);
    const max = npmBudgets[name];
    line(name, standalone);
    // Only components (the entries with a budget) carry the whole core; the other entries do not.
    const beyondCore =
      max === undefined
        ? null
        : { raw: standalone.raw - core.raw, gzip: standalone.gzip - core.gzip, brotli: standalone.brotli - core.brotli };
    if (beyondCore) line(`${name} beyond core`, beyondCore, budget(`npm ${name} beyond core`, beyondCore.gzip, max));
    lazy.forEach((l) => line(`  └ ${l.file} (lazy, not counted)`, l));
    results.push({ file: name, standalone, beyondCore, lazy, budget: max ?? null });
  }
  return { core, entries: results };
}

/** Lit (and Lit + @lit/localize) alone, every export kept, from a temporary entry file. */
async function measureReference() {
  heading('Reference: plain Lit, minified (every export kept)');
  const refs = {
    lit: "export * from 'lit';",
    'lit + @lit/localize': "export * from 'lit';\nexport * from '@lit/localize';",
  };
  mkdirSync(tmpDir, { recursive: true });
  const results = {};
  try {
    for (const [label, source] of Object.entries(refs)) {
      const file = join(tmpDir, `${label.replace(/\W+/g, '-')}.js`);
      writeFileSync(file, source);
      const { code } = await bundle(file, { external: () => false });
      results[label] = sizes(code);
      line(label, results[label]);
    }
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
  return results;
}

// ---------------------------------------------------------------------------------------------

if (!existsSync(join(cdnDir, 'iom-components.js'))) {
  console.error('dist/cdn/iom-components.js not found: run `npm run build` first.');
  process.exit(2);
}

const date = new Date().toISOString();
console.log(`@iom/components benchmark — ${date} — Node ${process.version}, Vite ${viteVersion}`);
console.log('Sizes in bytes; gzip level 9, brotli quality 11; budgets apply to gzip.');

const cdn = measureCdn();
const attribution = attribute(bundleChunk(cdnDir));
printAttribution(attribution);
cdn.attribution = attribution.modules;
const locales = measureLocales();
const npm = await measureNpm();
const reference = await measureReference();

// `--check` (npm test): the byte budgets only, nothing written; the exit code says whether they hold.
// The CDN static part, over its budget for now (issue 7), must at least not grow: bench/ceiling.json.
if (process.argv.includes('--check')) {
  const { cdnStaticGzip: ceiling } = JSON.parse(readFileSync(join(root, 'bench', 'ceiling.json'), 'utf8'));
  const overBudget = failures.findIndex((f) => f.startsWith('CDN static part:'));
  if (overBudget >= 0 && cdn.total.gzip <= ceiling) {
    failures.splice(overBudget, 1);
    console.log(
      `\nCDN static part: ${cdn.total.gzip} B gzip, over its budget (${cdnBudget.max} B, issue 7) but not past its ceiling (${ceiling} B, bench/ceiling.json).`,
    );
  } else if (overBudget >= 0) {
    failures.push(`CDN static part: grew past its ceiling of ${ceiling} B (bench/ceiling.json)`);
  }
  if (failures.length) {
    console.error(`\n!!! ${failures.length} BYTE BUDGET FAILURE(S) !!!`);
    failures.forEach((f) => console.error(`  ✗ ${f}`));
    process.exit(1);
  }
  console.log('\nThe byte budgets hold (or, for the CDN static part, its ceiling).');
  process.exit(0);
}

// Render timings: reported, never counted as failures (not even when they cannot be measured).
let render;
if (!process.argv.includes('--sizes-only')) {
  try {
    render = await runRenderBench();
  } catch (error) {
    console.log(`\nRender timings not measured: ${error.message}`);
    render = { date: new Date().toISOString(), node: process.version, error: error.message };
  }
}

// Page level (demo/embed.html: layout shift, long tasks, Lighthouse): reported, never a failure either.
let page;
if (!process.argv.includes('--sizes-only')) {
  try {
    page = await runPageBench();
  } catch (error) {
    console.log(`\nPage-level figures not measured: ${error.message}`);
    page = { date: new Date().toISOString(), error: error.message };
  }
}

const resultsFile = join(root, 'bench', 'results.json');
const results = { date, node: process.version, vite: viteVersion, cdn, locales, npm, reference, failures, render, page };
writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');
const reportFile = await writeReport(results);

console.log(`\nFigures written to ${relative(root, resultsFile)} and ${relative(root, reportFile)}.`);
if (failures.length) {
  console.error(`\n!!! ${failures.length} BUDGET FAILURE(S) !!!`);
  failures.forEach((f) => console.error(`  ✗ ${f}`));
  process.exitCode = 1;
} else {
  console.log('\nAll byte budgets met.');
}
