#!/usr/bin/env node
/**
 * Page-level figures (issue 7) for demo/embed.html, the page that uses only the CDN build in dist/
 * (run `npm run build` first):
 * 1. Start-up in headless Chromium (playwright-core): cumulative layout shift (goal: 0) and long
 *    tasks over 50 ms (goal: none), from PerformanceObservers registered before the page's first
 *    script, over navigation → load + SETTLE_MS, several loads at a wide and a narrow viewport.
 * 2. Lighthouse (its default mobile profile, simulated throttling): performance ≥ 95,
 *    accessibility = 100, best practices = 100. Its summary goes to bench/lighthouse.json.
 * The page is served from the repository root (so `../dist/…` resolves) by a tiny server on
 * 127.0.0.1 at a free port. A report, not a test: nothing here changes the bench's exit code.
 * `node bench/page.mjs` runs it alone and merges its figures into bench/results.json and RESULTS.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { writeReport } from './report.mjs';
import { serve } from './serve.mjs';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PAGE = 'demo/embed.html';
const lighthouseFile = join(root, 'bench', 'lighthouse.json');

export const PAGE_GOALS = { cls: 0, longTaskMs: 50, performance: 95, accessibility: 100, 'best-practices': 100 };
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];
const LOADS = 3;
/** How long after `load` start-up is still watched (locale chunk, count-up, cloak fallback at 2 s). */
const SETTLE_MS = 2500;
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  SI: 'speed-index',
};

// ---------------------------------------------------------------------------------------------
// 1. Start-up: layout shifts and long tasks

/** Runs in the page before any of its scripts. */
function observeStartup() {
  const found = { shifts: [], longTasks: [] };
  window.__iomStartup = found;
  const describe = (node) =>
    node ? `${node.nodeName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.className ? `.${node.className}` : ''}` : '?';
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.hadRecentInput)
        found.shifts.push({ value: e.value, at: e.startTime, sources: (e.sources ?? []).map((s) => describe(s.node)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) found.longTasks.push({ duration: e.duration, at: e.startTime });
  }).observe({ type: 'longtask', buffered: true });
}

async function measureStartup(browser, url) {
  const runs = [];
  const messages = new Set();
  for (const viewport of VIEWPORTS) {
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext({ viewport });
      try {
        const page = await context.newPage();
        page.on('console', (m) => {
          if (m.type() === 'error' || m.type() === 'warning') messages.add(`${m.type()}: ${m.text()}`);
        });
        page.on('pageerror', (e) => messages.add(`pageerror: ${e.message}`));
        await page.addInitScript(observeStartup);
        await page.goto(url, { waitUntil: 'load' });
        const defined = await page.evaluate(() =>
          Promise.race([
            Promise.all(
              ['iom-mega-nav', 'iom-member-counter', 'iom-news-card', 'iom-press-contact'].map((t) =>
                customElements.whenDefined(t),
              ),
            ).then(() => true),
            new Promise((done) => setTimeout(() => done(false), 5000)),
          ]),
        );
        await page.waitForTimeout(SETTLE_MS);
        const found = await page.evaluate(() => window.__iomStartup);
        runs.push({
          viewport: `${viewport.width}×${viewport.height}`,
          defined,
          cls: found.shifts.reduce((sum, s) => sum + s.value, 0),
          shifts: found.shifts,
          longTasks: found.longTasks,
        });
      } finally {
        await context.close();
      }
    }
  }
  return {
    loads: LOADS,
    settleMs: SETTLE_MS,
    viewports: VIEWPORTS.map(({ width, height }) => {
      const name = `${width}×${height}`;
      const mine = runs.filter((r) => r.viewport === name);
      const tasks = mine.flatMap((r) => r.longTasks);
      const cls = Math.max(...mine.map((r) => r.cls));
      return {
        viewport: name,
        clsMax: cls,
        longTasks: tasks.length,
        longestTask: tasks.length ? Math.max(...tasks.map((t) => t.duration)) : 0,
        longTaskList: mine.flatMap((r, load) => r.longTasks.map((t) => ({ load: load + 1, ...t }))),
        undefinedElements: mine.filter((r) => !r.defined).length,
        shiftSources: [...new Set(mine.flatMap((r) => r.shifts.flatMap((s) => s.sources)))],
        met: cls === 0 && tasks.length === 0 && mine.every((r) => r.defined),
      };
    }),
    messages: [...messages],
  };
}

// ---------------------------------------------------------------------------------------------
// 2. Lighthouse

/** Failing audits of a category (only accessibility and best practices are listed: performance is judged by its score and metrics): score below 1 (binary or numeric), with the nodes they name. */
function failedAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .map((ref) => lhr.audits[ref.id])
    .filter(
      (a) => a && a.score !== null && a.score < 1 && !['notApplicable', 'informative', 'manual'].includes(a.scoreDisplayMode),
    )
    .map((a) => ({
      category,
      id: a.id,
      title: a.title,
      score: a.score,
      displayValue: a.displayValue,
      items: (a.details?.items ?? []).slice(0, 10).map((item) => {
        const node = item.node ?? (item.source?.type === 'node' ? item.source : undefined);
        if (node) return { selector: node.selector, snippet: node.snippet, explanation: node.explanation };
        return {
          url: item.url ?? item.sourceLocation?.url ?? item.source?.url,
          description: item.description ?? item.label ?? item.text,
        };
      }),
    }));
}

async function runLighthouse(url, timeoutMs) {
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const version = JSON.parse(readFileSync(join(root, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version;
  const chrome = await launch({ chromePath: chromiumPath, chromeFlags: [...chromiumArgs, '--headless=new'], logLevel: 'silent' });
  let timer;
  try {
    const result = await Promise.race([
      lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }),
      new Promise((_, fail) => {
        timer = setTimeout(() => fail(new Error(`Lighthouse stopped after ${timeoutMs / 1000} s`)), timeoutMs);
      }),
    ]);
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(lhr.categories[c].score * 100)]));
    const metrics = Object.fromEntries(
      Object.entries(METRICS).map(([name, id]) => [
        name,
        { value: lhr.audits[id].numericValue, unit: lhr.audits[id].numericUnit, display: lhr.audits[id].displayValue },
      ]),
    );
    return {
      lighthouseVersion: lhr.lighthouseVersion ?? version,
      fetchTime: lhr.fetchTime,
      page: PAGE,
      userAgent: lhr.environment?.hostUserAgent,
      formFactor: lhr.configSettings.formFactor,
      throttlingMethod: lhr.configSettings.throttlingMethod,
      scores,
      goals: Object.fromEntries(CATEGORIES.map((c) => [c, PAGE_GOALS[c]])),
      met: Object.fromEntries(CATEGORIES.map((c) => [c, scores[c] >= PAGE_GOALS[c]])),
      metrics,
      failedAudits: ['accessibility', 'best-practices'].flatMap((c) => failedAudits(lhr, c)),
      warnings: lhr.runWarnings ?? [],
    };
  } finally {
    clearTimeout(timer);
    chrome.kill();
  }
}

// ---------------------------------------------------------------------------------------------

/**
 * Measures demo/embed.html, prints the "Page level" section through `log` and returns its figures
 * (the Lighthouse summary is also written to bench/lighthouse.json). Throws only when it cannot run.
 */
export async function runPageBench({ log = console.log, timeoutMs = 60_000 } = {}) {
  const started = Date.now();
  if (!existsSync(join(root, 'dist', 'cdn', 'iom-components.js'))) throw new Error('dist/ not built: run `npm run build` first');
  const results = { date: new Date().toISOString(), page: PAGE, goals: PAGE_GOALS, chromium: null };
  const { server, origin } = await serve(root);
  const url = `${origin}/${PAGE}`;
  let browser;
  try {
    try {
      browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
      results.chromium = browser.version();
      results.startup = await measureStartup(browser, url);
    } catch (error) {
      results.startup = { error: error.message.split('\n')[0] };
    } finally {
      await browser?.close().catch(() => {});
    }
    try {
      results.lighthouse = await runLighthouse(url, timeoutMs);
      writeFileSync(lighthouseFile, JSON.stringify(results.lighthouse, null, 2) + '\n');
    } catch (error) {
      results.lighthouse = { error: error.message.split('\n')[0] };
    }
  } finally {
    await new Promise((done) => server.close(done));
  }
  results.seconds = Math.round((Date.now() - started) / 100) / 10;
  printPage(results, log);
  return results;
}

const ms = (n) => `${Math.round(n)} ms`;

function printPage(r, log) {
  const met = (ok) => (ok ? 'met' : 'NOT MET');
  log(`\nPage level — ${r.page} with the CDN build (dist/), Chromium ${r.chromium ?? '(not started)'}`);
  const s = r.startup;
  if (s?.error) log(`  Start-up not measured: ${s.error}`);
  else if (s) {
    log(`  Start-up: navigation → load + ${s.settleMs / 1000} s, ${s.loads} loads per viewport, no throttling.`);
    log(`  Goals: cumulative layout shift 0, no long task over ${PAGE_GOALS.longTaskMs} ms.`);
    log(`  ${'viewport'.padEnd(12)}${'CLS (worst)'.padStart(12)}${'long tasks'.padStart(12)}${'longest'.padStart(10)}  goals`);
    for (const v of s.viewports) {
      log(
        `  ${v.viewport.padEnd(12)}${v.clsMax.toFixed(4).padStart(12)}${String(v.longTasks).padStart(12)}${(v.longTasks ? ms(v.longestTask) : '—').padStart(10)}  ${met(v.met)}`,
      );
      for (const t of v.longTaskList)
        log(`    long task: load ${t.load}, ${ms(t.duration)} starting ${ms(t.at)} after navigation`);
      if (v.shiftSources.length) log(`    shifted: ${v.shiftSources.join(', ')}`);
      if (v.undefinedElements) log(`    !!! elements not defined within 5 s in ${v.undefinedElements} load(s)`);
    }
    s.messages.slice(0, 10).forEach((m) => log(`    page said: ${m}`));
  }
  const l = r.lighthouse;
  if (l?.error) log(`  Lighthouse not run: ${l.error}`);
  else if (l) {
    log(`  Lighthouse ${l.lighthouseVersion} (${l.formFactor}, ${l.throttlingMethod} throttling):`);
    log(
      `    ${CATEGORIES.map((c) => `${c} ${l.scores[c]} (${c === 'performance' ? '≥' : '='} ${l.goals[c]} ${met(l.met[c])})`).join(', ')}`,
    );
    log(
      `    ${Object.entries(l.metrics)
        .map(([name, m]) => `${name} ${m.display}`)
        .join(', ')}`,
    );
    for (const a of l.failedAudits) {
      log(`    failed: ${a.category} / ${a.id} — ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
      for (const item of a.items)
        log(`      ${item.selector ? `${item.selector} ${item.snippet ?? ''}` : `${item.url ?? ''} ${item.description ?? ''}`}`);
    }
    l.warnings.forEach((w) => log(`    warning: ${w}`));
    log(`    Summary written to ${relative(root, lighthouseFile)}.`);
  }
  log(`  Page-level figures never fail the run. (${r.seconds} s)`);
}

// Alone: `node bench/page.mjs` — merges into bench/results.json and rewrites bench/RESULTS.md.

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const page = await runPageBench();
  const resultsFile = join(root, 'bench', 'results.json');
  const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
  results.page = page;
  writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');
  const report = await writeReport(results);
  console.log(`\nFigures written to ${relative(root, resultsFile)} and ${relative(root, report)}.`);
}
