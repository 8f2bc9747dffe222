#!/usr/bin/env node
/**
 * Render timings of our elements next to minimal plain-Lit elements showing the same content
 * (DESIGN.md §6: rendering ≤ 1.2× the plain-Lit cost). A benchmark, not a test: nothing here fails
 * a run; each goal is reported as met or not.
 *
 * How it works:
 * 1. Vite builds a bench page in production mode (production Lit, minified, template literals
 *    minified as in our npm and CDN builds) from an entry that imports our elements from source,
 *    the baselines in bench/baselines/ and the harness (bench/harness.mjs). Scenarios come from
 *    bench/scenarios.mjs; one whose module or baseline does not exist yet is skipped with a note.
 * 2. A tiny HTTP server on 127.0.0.1 (random port) serves it to Debian's Chromium, driven by
 *    playwright-core.
 * 3. Each run creates N elements, appends them at once and waits until they have rendered and two
 *    frames have been painted. Wall time is measured in the page; CPU time is the renderer
 *    main-thread busy time over the same call (CDP `Performance.getMetrics`, `TaskDuration`, in
 *    thread time). Garbage is collected before every run. Ours and the baseline alternate run by run;
 *    the medians are reported.
 *
 * `node bench/render.mjs` runs it alone and merges its figures into bench/results.json and
 * bench/RESULTS.md (`--only=<id>,…`: some scenarios, printed only); `npm run bench` calls `runRenderBench()` after the size report.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { chromium } from 'playwright-core';
import { scenarios as allScenarios } from './scenarios.mjs';
import { writeReport } from './report.mjs';
import { serve } from './serve.mjs';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { buildConstants } from '../scripts/build-config.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const benchTmp = join(root, 'bench', '.tmp');

/** DESIGN.md §6: our rendering may cost at most 1.2× the plain-Lit baseline's (CPU). */
export const RENDER_GOAL = 1.2;

const VIEWPORT = { width: 1280, height: 1600 };

// ---------------------------------------------------------------------------------------------
// Statistics and formatting

const quantile = (sorted, q) => {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (at - low);
};

/** Median, quartiles and the raw samples (ms, rounded to µs). */
function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (n) => Math.round(n * 1000) / 1000;
  return {
    median: round(quantile(sorted, 0.5)),
    q1: round(quantile(sorted, 0.25)),
    q3: round(quantile(sorted, 0.75)),
    min: round(sorted[0]),
    max: round(sorted.at(-1)),
    samples: samples.map(round),
  };
}

const ms = (n) => (n >= 100 ? `${n.toFixed(0)} ms` : n >= 10 ? `${n.toFixed(1)} ms` : `${n.toFixed(2)} ms`);
/** Half the interquartile range relative to the median: how much runs move around. */
const spread = (s) => (s.median > 0 ? `±${Math.round(((s.q3 - s.q1) / 2 / s.median) * 100)}%` : '');
const ratio = (ours, baseline) => Math.round((ours / baseline) * 100) / 100;

// ---------------------------------------------------------------------------------------------
// Build and serve

/**
 * package.json's `sideEffects` lists the published element modules only: without this, the bundler
 * would drop the baselines, the harness and any element module not listed yet, as side-effect free.
 */
const keepSideEffects = {
  name: 'bench-keep-side-effects',
  transform(code, id) {
    if (id.startsWith(root + sep) && !id.includes(`${sep}node_modules${sep}`))
      return { code, map: null, moduleSideEffects: true };
  },
};

/** Writes the bench page and its entry, builds them with Vite into `dir/dist`. */
async function buildPage(dir, scenarios) {
  const importOf = (path) => `import ${JSON.stringify(relative(dir, join(root, path)).split(sep).join('/'))};`;
  const imports = [...scenarios.flatMap((s) => [importOf(s.module), importOf(s.baseline)]), importOf('bench/harness.mjs')];
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'entry.js'), `${imports.join('\n')}\n`);
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>@iom/components render benchmark</title>
    <style>
      body { margin: 0; font-family: system-ui, sans-serif; }
    </style>
  </head>
  <body>
    <div id="bench"></div>
    <script type="module" src="./entry.js"></script>
  </body>
</html>
`,
  );
  await build({
    configFile: false,
    root: dir,
    base: './',
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    // Same template minification as the npm and CDN builds (vite.config.ts), on ours and baselines alike.
    plugins: [minifyTemplateLiterals({ exclude: /node_modules/ }), keepSideEffects],
    define: buildConstants,
    build: {
      outDir: join(dir, 'dist'),
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      modulePreload: false,
      reportCompressedSize: false,
      rolldownOptions: { input: join(dir, 'index.html') },
    },
  });
  // The news cards' image, served next to the page.
  writeFileSync(
    join(dir, 'dist', 'card.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360"><rect width="640" height="360" fill="#418fde"/></svg>',
  );
  return join(dir, 'dist');
}

// ---------------------------------------------------------------------------------------------
// Measuring

async function cpuMetrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map(({ name, value }) => [name, value * 1000]));
  return { task: m.TaskDuration, script: m.ScriptDuration, style: m.RecalcStyleDuration, layout: m.LayoutDuration };
}

const delta = (after, before) => Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - before[k]]));

/** Summaries of a list of `{ wall, task, script, style, layout }` samples. */
function summarize(samples, wallKey = 'wall') {
  return {
    [wallKey]: stats(samples.map((s) => s.wall)),
    cpu: stats(samples.map((s) => s.task)),
    script: stats(samples.map((s) => s.script)).median,
    style: stats(samples.map((s) => s.style)).median,
    layout: stats(samples.map((s) => s.layout)).median,
    other: stats(samples.map((s) => s.task - s.script - s.style - s.layout)).median,
  };
}

/**
 * `--trace`: records a Chrome trace while `runs` run and sums the renderer main thread's self time
 * per trace event (FunctionCall, RunMicrotasks, UpdateLayoutTree, Layout, Paint, …) over those runs.
 * Diagnoses what “other” is made of; printed only, never part of the report.
 */
async function traceBreakdown(browser, page, runs) {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'blink'] });
  await runs();
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
  const main = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const events = traceEvents
    .filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Self time: an event's duration minus its direct children's.
  const self = new Map();
  const stack = [];
  for (const e of events) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur);
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur);
    stack.push(e);
  }
  return [...self]
    .map(([name, us]) => [name, Math.round(us) / 1000])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 18);
}

/**
 * Runs the render benchmark and prints its section through `log`. Returns the figures for
 * results.json. Throws only when it cannot run at all (no Chromium, build error…).
 */
export async function runRenderBench({
  runs = 15,
  warmup = 3,
  log = console.log,
  scenarios = allScenarios,
  timeoutMs = 100_000,
  trace = false,
} = {}) {
  const started = Date.now();
  const date = new Date().toISOString();
  const results = {
    date,
    node: process.version,
    chromium: null,
    runs,
    warmup,
    viewport: VIEWPORT,
    goal: RENDER_GOAL,
    scenarios: [],
    disclosure: [],
    pageMessages: [],
  };

  // Which scenarios can run: both modules must exist. Entries keep the order of the scenario list.
  const runnable = [];
  const entries = new Map();
  for (const s of scenarios) {
    const entry = { id: s.id, label: s.label, count: s.count };
    results.scenarios.push(entry);
    entries.set(s.id, entry);
    const missing = [s.module, s.baseline].filter((path) => !existsSync(join(root, path)));
    if (missing.length) entry.skipped = `${missing.join(' and ')} not written yet`;
    else runnable.push(s);
  }

  const dir = join(benchTmp, `render-${process.pid}`);
  let server;
  let browser;
  let timer;
  try {
    const work = async () => {
      if (runnable.length === 0) return;
      const dist = await buildPage(dir, runnable);
      const served = await serve(dist);
      server = served.server;
      const url = `${served.origin}/`;
      browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
      results.chromium = browser.version();
      const page = await browser.newPage({ viewport: VIEWPORT });
      page.on('console', (message) => {
        if (['warning', 'error'].includes(message.type())) results.pageMessages.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => results.pageMessages.push(`uncaught: ${error.message}`));
      await page.goto(url);
      await page
        .waitForFunction(() => typeof window.benchRender === 'function', null, { timeout: 10_000 })
        .catch((error) => {
          throw new Error(`the bench page did not start: ${results.pageMessages.join('; ') || error.message}`);
        });
      const cdp = await page.context().newCDPSession(page);
      // Thread time: a run is not charged for the time the renderer thread was descheduled.
      results.timeDomain = await cdp
        .send('Performance.enable', { timeDomain: 'threadTicks' })
        .then(() => 'threadTicks')
        .catch(() => cdp.send('Performance.enable').then(() => 'timeTicks'));
      const gc = () => cdp.send('HeapProfiler.collectGarbage');

      const defined = await page.evaluate(() => window.benchDefined());

      const renderOnce = async (id, which) => {
        await gc();
        const before = await cpuMetrics(cdp);
        const { wall } = await page.evaluate(([k, w]) => window.benchRender(k, w, undefined, { keep: true }), [id, which]);
        const cpu = delta(await cpuMetrics(cdp), before);
        await page.evaluate(() => window.benchClear());
        return { wall, ...cpu };
      };

      const clickOnce = async (id, which) => {
        const { x, y } = await page.evaluate(([k, w]) => window.benchDisclosurePrepare(k, w), [id, which]);
        await page.evaluate(() => window.benchDisclosureArm());
        await gc();
        const before = await cpuMetrics(cdp);
        await page.mouse.click(x, y);
        const wall = await page.evaluate(() => window.benchDisclosureResult());
        const cpu = delta(await cpuMetrics(cdp), before);
        await page.evaluate(() => window.benchClear());
        return { wall, ...cpu };
      };

      /** Warm-up runs, then `runs` measured runs, ours and baseline alternating. */
      const interleaved = async (once, id) => {
        const samples = { ours: [], baseline: [] };
        for (let i = 0; i < warmup + runs; i++) {
          for (const which of ['ours', 'baseline']) {
            const sample = await once(id, which);
            if (i >= warmup) samples[which].push(sample);
          }
        }
        return samples;
      };

      // The harness floor: an empty run (no element, same calls, waits and frames).
      if (runnable.length) {
        const empty = [];
        for (let i = 0; i < warmup + runs; i++) {
          await gc();
          const before = await cpuMetrics(cdp);
          const { wall } = await page.evaluate((k) => window.benchRender(k, 'baseline', 0, { keep: true }), runnable[0].id);
          const cpu = delta(await cpuMetrics(cdp), before);
          await page.evaluate(() => window.benchClear());
          if (i >= warmup) empty.push({ wall, ...cpu });
        }
        results.floor = summarize(empty);
      }

      for (const s of runnable) {
        const entry = entries.get(s.id);
        const undefinedTags = [
          !defined[s.id].ours && `${s.module} does not define <${s.tag}>`,
          !defined[s.id].baseline && `${s.baseline} does not define <${s.baselineTag}>`,
        ].filter(Boolean);
        if (undefinedTags.length) {
          entry.skipped = undefinedTags.join('; ');
          continue;
        }
        // What each side shows (first element), so a reader can check they show the same content.
        entry.content = {};
        for (const which of ['ours', 'baseline']) {
          await page.evaluate(([k, w]) => window.benchRender(k, w, undefined, { keep: true }), [s.id, which]);
          const texts = await page.evaluate(() => window.benchText());
          entry.content[which] = texts[0];
          const problem = texts.map((text) => s.check?.(text, which)).find(Boolean);
          if (problem) entry.warning = `${which}: ${problem}`;
          await page.evaluate(() => window.benchClear());
        }
        const samples = await interleaved(renderOnce, s.id);
        entry.ours = summarize(samples.ours);
        entry.baseline = summarize(samples.baseline);
        entry.ratio = ratio(entry.ours.cpu.median, entry.baseline.cpu.median);
        entry.wallRatio = ratio(entry.ours.wall.median, entry.baseline.wall.median);
        entry.met = entry.ratio <= RENDER_GOAL;
        const floor = results.floor.cpu.median;
        entry.netRatio = ratio(entry.ours.cpu.median - floor, entry.baseline.cpu.median - floor);

        if (trace) {
          // No forced garbage collection here, unlike measured runs: it would dominate the trace.
          const tenRuns = (which) => async () => {
            for (let i = 0; i < 10; i++) {
              await page.evaluate(([k, w]) => window.benchRender(k, w, undefined, { keep: true }), [s.id, which]);
              await page.evaluate(() => window.benchClear());
            }
          };
          entry.trace = {
            ours: await traceBreakdown(browser, page, tenRuns('ours')),
            baseline: await traceBreakdown(browser, page, tenRuns('baseline')),
          };
        }

        if (s.disclosure) {
          const click = { id: s.id, label: `${s.label}: click on the first section button → its panel painted` };
          results.disclosure.push(click);
          try {
            const clicks = await interleaved(clickOnce, s.id);
            click.ours = summarize(clicks.ours, 'latency');
            click.baseline = summarize(clicks.baseline, 'latency');
            click.ratio = ratio(click.ours.cpu.median, click.baseline.cpu.median);
            click.met = click.ratio <= RENDER_GOAL;
          } catch (error) {
            click.skipped = `could not click: ${error.message.split('\n')[0]}`;
          }
        }
      }
    };
    const job = work();
    job.catch(() => {}); // after a timeout its late failure (browser closed under it) is expected
    await Promise.race([
      job,
      new Promise((_, fail) => {
        timer = setTimeout(() => fail(new Error(`render benchmark stopped after ${timeoutMs / 1000} s`)), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    await browser?.close().catch(() => {});
    await new Promise((done) => (server ? server.close(done) : done()));
    rmSync(dir, { recursive: true, force: true });
    if (existsSync(benchTmp) && readdirSync(benchTmp).length === 0) rmSync(benchTmp, { recursive: true, force: true });
  }
  results.pageMessages = [...new Set(results.pageMessages)];
  results.seconds = Math.round((Date.now() - started) / 100) / 10;
  printRender(results, log);
  return results;
}

// ---------------------------------------------------------------------------------------------
// Printing

function printRender(r, log) {
  const col = (text, width) => String(text).padStart(width);
  const goal = (met) => (met ? 'met' : 'NOT MET');
  log(
    `\nRender timings — Chromium ${r.chromium ?? '(not started)'}, production build from source, viewport ${r.viewport.width}×${r.viewport.height}`,
  );
  log(`  Median of ${r.runs} runs after ${r.warmup} warm-up runs, ours and plain-Lit baseline alternating.`);
  log('  wall = creating the elements → rendered and 2 frames painted (includes waiting for frames, ~17 ms each);');
  log(
    `  CPU  = renderer main-thread busy time over the same span (CDP TaskDuration, ${r.timeDomain === 'threadTicks' ? 'thread time' : 'wall time'}); ± = half the`,
  );
  log(`  interquartile range. Goal (DESIGN.md §6): ours ≤ ${RENDER_GOAL}× the baseline's CPU.`);
  log('');
  log(
    `  ${'scenario'.padEnd(46)}${col('ours wall', 10)}${col('ours CPU', 15)}${col('base wall', 11)}${col('base CPU', 15)}${col('CPU ratio', 11)}  goal ≤ ${RENDER_GOAL}×`,
  );
  for (const s of r.scenarios) {
    const name = `${s.count} ${s.label}`.padEnd(46);
    if (s.skipped) {
      log(`  ${name}skipped: ${s.skipped}`);
      continue;
    }
    log(
      `  ${name}${col(ms(s.ours.wall.median), 10)}${col(`${ms(s.ours.cpu.median)} ${spread(s.ours.cpu)}`, 15)}` +
        `${col(ms(s.baseline.wall.median), 11)}${col(`${ms(s.baseline.cpu.median)} ${spread(s.baseline.cpu)}`, 15)}` +
        `${col(`${s.ratio.toFixed(2)}×`, 11)}  ${goal(s.met)}`,
    );
    if (s.warning) log(`    warning: ${s.warning}`);
  }

  const measured = r.scenarios.filter((s) => !s.skipped);
  if (r.floor && measured.length) {
    log(
      `  Harness floor (an empty run: same calls and frames, no element): CPU ${ms(r.floor.cpu.median)}, wall ${ms(r.floor.wall.median)}.`,
    );
    log(`  CPU ratio net of that floor: ${measured.map((s) => `${s.label} ${s.netRatio.toFixed(2)}×`).join(', ')}.`);
  }
  if (measured.length) {
    log('\n  Where the CPU goes (medians, ms): script | style | layout | other (microtasks such as Lit updates, paint, GC…)');
    for (const s of measured) {
      const parts = (side) => [side.script, side.style, side.layout, side.other].map((n) => n.toFixed(2).padStart(6)).join(' |');
      log(`  ${`${s.count} ${s.label}`.padEnd(46)}ours ${parts(s.ours)}   base ${parts(s.baseline)}`);
    }
  }

  for (const c of r.disclosure) {
    log(`\n  ${c.label}`);
    if (c.skipped) {
      log(`    skipped: ${c.skipped}`);
      continue;
    }
    log('    latency = from the click event (as received by the page) until the panel is painted');
    log(
      `    ours latency ${ms(c.ours.latency.median)}, CPU ${ms(c.ours.cpu.median)} ${spread(c.ours.cpu)}   ` +
        `base latency ${ms(c.baseline.latency.median)}, CPU ${ms(c.baseline.cpu.median)} ${spread(c.baseline.cpu)}   ` +
        `CPU ratio ${c.ratio.toFixed(2)}×  goal ≤ ${RENDER_GOAL}× ${goal(c.met)}`,
    );
  }
  if (r.pageMessages.length) {
    log('\n  Messages from the bench page:');
    r.pageMessages.slice(0, 10).forEach((m) => log(`    ${m}`));
  }
  const missed = [...measured, ...r.disclosure.filter((c) => !c.skipped)].filter((s) => !s.met);
  log(
    `\n  Render goal ${missed.length ? `not met by ${missed.length} of` : 'met by all'} ${measured.length + r.disclosure.filter((c) => !c.skipped).length} measurement(s); timings never fail the run. (${r.seconds} s)`,
  );
}

// ---------------------------------------------------------------------------------------------
// Alone: `node bench/render.mjs` — merges into bench/results.json and rewrites bench/RESULTS.md.

// `--only=news-card,mega-nav` runs those scenarios and prints them without writing any file;
// with `--trace`, also where the main thread's time goes (trace events, self time).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const only = process.argv
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  if (only) {
    const trace = process.argv.includes('--trace');
    const r = await runRenderBench({ scenarios: allScenarios.filter((s) => only.includes(s.id)), trace });
    for (const s of r.scenarios.filter((entry) => entry.trace)) {
      console.log(`\n  Trace, main-thread self time over 10 runs (ms): ${s.label}`);
      const names = [...new Set([...s.trace.ours, ...s.trace.baseline].map(([name]) => name))];
      const of = (side, name) => side.find(([n]) => n === name)?.[1] ?? 0;
      for (const name of names)
        console.log(
          `  ${name.padEnd(40)} ours ${of(s.trace.ours, name).toFixed(1).padStart(7)}   base ${of(s.trace.baseline, name).toFixed(1).padStart(7)}`,
        );
    }
    process.exit(0);
  }
  const render = await runRenderBench();
  const resultsFile = join(root, 'bench', 'results.json');
  const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
  results.render = render;
  writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');
  const report = await writeReport(results);
  console.log(`\nFigures written to ${relative(root, resultsFile)} and ${relative(root, report)}.`);
}
