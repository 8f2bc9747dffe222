#!/usr/bin/env node
/**
 * `npm run shots`: every page a visitor can open — the demo, the CDN embed page, the strict-CSP
 * page, the cloak page and the server-rendered page — in Chromium, Firefox ESR and WebKitGTK, in
 * French and Arabic, 1280 and 390 px wide, as full-page screenshots in
 * `shots/<engine>/<page>-<lang>-<width>.png`, with `shots/index.html` to compare the engines side
 * by side. It also fails (exit 1, listing them) when a page logs a console error, throws an
 * uncaught exception or leaves a promise rejection unhandled, in any engine.
 * `IOM_ENGINES=webkit npm run shots` runs a subset.
 *
 * One @web/dev-server serves every page, the same way the browser tests do: TypeScript from
 * src/ through esbuild (what Vite does for `npm start`, with the same `buildConstants`), bare
 * imports resolved, and the test middleware (test/support/test-api.mjs) that sends the strict-CSP
 * page its real Content-Security-Policy header and delays the cloak page's script.
 *
 * Errors are caught in the page itself, the same way in all three engines (WebKitWebDriver has no
 * console channel): the server puts `<script src="/__shots/hooks.js">` first in every page's
 * <head> (an external script, which the strict CSP allows), and that script records
 * `console.error`, uncaught errors, unhandled rejections, resources that fail to load, failed
 * `fetch` answers and CSP violations. In Chromium and Firefox the console also reports what
 * the browser itself logs (e.g. "Failed to load resource"); those are added.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import {
  ENGINES,
  chromiumLaunchOptions,
  firefoxLaunchOptions,
  selectedEngines,
  startWebKitDriver,
  webkitCapabilities,
} from './engines.mjs';
import { buildConstants } from './build-config.mjs';
import { testApi } from '../test/support/test-api.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}shots/`;
const WIDTHS = [1280, 390];
/** The first viewport height; the viewport then takes the page's height. */
const FIRST_HEIGHT = 900;
const HOOKS = '/__shots/hooks.js';
/**
 * A full-page screenshot has nothing to scroll. Hiding the root scrollbar lets Firefox, whose
 * headless scrollbars are classic (12 px wide, and kept when the page fits only without them),
 * lay the page out at the full width, as the overlay scrollbars of the other two do.
 */
const NO_SCROLLBAR = { path: '/__shots/no-scrollbar.css', css: ':root { scrollbar-width: none; }\n' };
/** The Arabic navigation file the strict-CSP page asks for in Arabic, which the tests do not have (see PAGES). */
const ARABIC_NAV = { '/test/mega-nav/data/nav.ar.json': 'demo/data/nav.ar.json' };

/*
 * Each page in French and Arabic, the way the page offers its language where it can:
 * - demo: its language switch, `?lang=ar` (demo/demo.js sets <html lang="ar" dir="rtl">);
 * - ssr: one file per language, rendered by `npm run ssr:demo`;
 * - embed, strict-csp, cloak: written in French only. With `?shots-lang=ar` this server sends them
 *   with `<html lang="ar" dir="rtl">` instead (see `shotsPlugin`): their own text stays French,
 *   the components' strings, numbers, dates and direction follow Arabic. The strict-CSP page's
 *   navigation file exists in French and English only: its Arabic one is the demo's.
 */
const PAGES = {
  demo: { fr: '/demo/index.html', ar: '/demo/index.html?lang=ar' },
  embed: { fr: '/demo/embed.html', ar: '/demo/embed.html?shots-lang=ar' },
  'strict-csp': { fr: '/test/embed/strict-csp.html', ar: '/test/embed/strict-csp.html?shots-lang=ar' },
  cloak: { fr: '/test/embed/cloak.html', ar: '/test/embed/cloak.html?shots-lang=ar' },
  ssr: { fr: '/demo/ssr.html', ar: '/demo/ssr.ar.html' },
};

/** Runs in the page before anything else (served as HOOKS): records what went wrong, and counts `fetch` calls in flight. */
function pageHooks() {
  const errors = [];
  let pending = 0;
  window.__shots = { errors, pending: () => pending };
  const describe = (value) => (value instanceof Error ? `${value.name}: ${value.message}` : String(value));

  const consoleError = console.error.bind(console);
  console.error = (...args) => {
    errors.push({ text: `console.error: ${args.map(describe).join(' ')}` });
    consoleError(...args);
  };
  // Capture phase: a resource's `error` event does not bubble to window.
  addEventListener(
    'error',
    (event) => {
      const target = event.target;
      if (target === window) errors.push({ text: `uncaught ${describe(event.error ?? event.message)}` });
      else {
        const url = target.src || target.href;
        errors.push({ text: `<${target.localName}> failed: ${url || '(inline; an import failed)'}`, url });
      }
    },
    true,
  );
  addEventListener('unhandledrejection', (event) => errors.push({ text: `unhandled rejection: ${describe(event.reason)}` }));
  document.addEventListener('securitypolicyviolation', (event) =>
    errors.push({ text: `CSP violation: ${event.effectiveDirective} ${event.blockedURI}`, url: event.blockedURI }),
  );
  const fetch = window.fetch;
  window.fetch = (...args) => {
    let url;
    try {
      url = new Request(...args).url;
    } catch {
      url = String(args[0]); // fetch itself rejects it below
    }
    pending += 1;
    return fetch.apply(window, args).then(
      (response) => {
        pending -= 1;
        if (!response.ok) errors.push({ text: `fetch ${url}: HTTP ${response.status}`, url });
        return response;
      },
      (error) => {
        pending -= 1;
        throw error;
      },
    );
  };
}

/**
 * Runs in the page: whether it has settled, i.e. every `iom-*` element defined and rendered, no
 * fetch in flight, fonts loaded, and in view no counter still counting and no image loading (out
 * of view, a counter waits to be scrolled to and a lazy image to come near). Also its height and errors.
 */
function pageState() {
  const elements = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('iom-'));
  /** How much of the element's height is in the viewport, 0 to 1. */
  const inView = (element) => {
    const { top, bottom, height } = element.getBoundingClientRect();
    return Math.max(0, Math.min(bottom, innerHeight) - Math.max(top, 0)) / (height || 1);
  };
  const undefinedTags = elements.filter((element) => !customElements.get(element.localName)).map((element) => element.localName);
  const images = [...document.images, ...elements.flatMap((element) => [...(element.shadowRoot?.querySelectorAll('img') ?? [])])];
  const waiting = [
    ...[...new Set(undefinedTags)].map((tag) => `${tag} undefined`),
    ...(elements.some((element) => element.isUpdatePending) ? ['an update pending'] : []),
    ...(elements.some((element) => element.shadowRoot?.querySelector('.counting') && inView(element) >= 0.5)
      ? ['a counter counting']
      : []),
    ...(window.__shots.pending() ? ['a fetch in flight'] : []),
    ...(images.every((image) => image.complete || !inView(image)) ? [] : ['images loading']),
    ...(document.fonts.status === 'loaded' ? [] : ['fonts loading']),
  ];
  // The root's own box: unlike its scrollHeight, it can be shorter than the viewport.
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  return { waiting, height, viewport: innerHeight, errors: window.__shots.errors };
}

/** Serves the hooks and the stylesheet above, puts them first in every page, and gives the French-only pages `lang="ar"` on request. */
const shotsPlugin = {
  name: 'iom-shots',
  serve(context) {
    if (context.path === HOOKS) return { body: `(${pageHooks})();\n`, type: 'js' };
    if (context.path === NO_SCROLLBAR.path) return { body: NO_SCROLLBAR.css, type: 'css' };
    if (ARABIC_NAV[context.path]) return { body: readFileSync(`${root}${ARABIC_NAV[context.path]}`, 'utf8'), type: 'json' };
  },
  transform(context) {
    if (!context.response.is('html')) return;
    const injected = `<script src="${HOOKS}"></script><link rel="stylesheet" href="${NO_SCROLLBAR.path}" />`;
    let body = context.body.replace(/<head>/, `<head>\n    ${injected}`);
    if (context.URL.searchParams.get('shots-lang') === 'ar') body = body.replace(/<html lang="fr"/, '<html lang="ar" dir="rtl"');
    return { body };
  },
};

/**
 * The embed pages use dist/, the server-rendered pages are generated: builds what is missing, and
 * says when src/ is newer than the build (rebuilding dist/ under tests that may be running would break them).
 */
function buildMissing() {
  const npm = (script) => execFileSync('npm', ['run', script], { cwd: root, stdio: 'inherit' });
  const bundle = `${root}dist/cdn/iom-components.js`;
  if (!existsSync(`${root}dist/index.js`) || !existsSync(bundle)) npm('build');
  if (!Object.values(PAGES.ssr).every((page) => existsSync(`${root}${page.slice(1)}`))) npm('ssr:demo');
  const sources = readdirSync(`${root}src`, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const changed = Math.max(...sources.map((entry) => statSync(join(entry.parentPath, entry.name)).mtimeMs));
  if (changed > statSync(bundle).mtimeMs)
    console.warn(
      'Note: src/ changed after dist/ was built; all pages but the demo show the older build (npm run build && npm run ssr:demo).',
    );
}

/** Chromium or Firefox through puppeteer-core: a new tab for each shot, with its own console listener. */
async function puppeteerEngine(launchOptions) {
  const browser = await puppeteer.launch(launchOptions);
  return {
    async open(url, width) {
      const page = await browser.newPage();
      const browserErrors = [];
      page.on('console', (message) => {
        const { url: source = '' } = message.location();
        // The page's own console.error calls come through the hook, which the page state already lists;
        // the browser's own request for a favicon the page does not declare is none of the page's doing.
        if (message.type() !== 'error' || source.endsWith(HOOKS) || source.endsWith('/favicon.ico')) return;
        browserErrors.push({ text: `console: ${message.text()} (${source})`, url: source });
      });
      await page.setViewport({ width, height: FIRST_HEIGHT });
      await page.goto(url, { waitUntil: 'load' });
      return {
        evaluate: (fn) => page.evaluate(fn),
        resize: (height) => page.setViewport({ width, height }),
        screenshot: (path) => page.screenshot({ path }),
        browserErrors,
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}

/** WebKitGTK's MiniBrowser through WebKitWebDriver: one window, its size set so that the viewport is the wanted one. */
async function webkitEngine() {
  const driver = await startWebKitDriver();
  const browser = await remote({ hostname: '127.0.0.1', port: driver.port, logLevel: 'error', capabilities: webkitCapabilities });
  // As test/support/engines.mjs: the window is the viewport plus MiniBrowser's toolbar.
  const toolbar = await browser.execute(() => window.outerHeight - window.innerHeight);
  const setViewport = async (width, height) => {
    await browser.setWindowRect(0, 0, width, height + toolbar);
    // Xvfb's pointer rests mid-screen, over the page once the window is tall: whatever lies there
    // shows its hover style. Parked at the viewport's corner, it touches nothing, like the
    // pointer-less Chromium and Firefox.
    await browser.performActions([
      { type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [{ type: 'pointerMove', x: 0, y: 0 }] },
    ]);
  };
  return {
    async open(url, width) {
      await setViewport(width, FIRST_HEIGHT);
      await browser.url(url);
      return {
        evaluate: (fn) => browser.execute(fn),
        resize: (height) => setViewport(width, height),
        screenshot: (path) => browser.saveScreenshot(path),
        browserErrors: [],
        close: async () => {},
      };
    },
    async close() {
      await browser.deleteSession();
      driver.stop();
    },
  };
}

const startEngine = {
  chromium: () => puppeteerEngine(chromiumLaunchOptions()),
  firefox: () => puppeteerEngine(firefoxLaunchOptions()),
  webkit: webkitEngine,
};

/** Polls `pageState` until the page has settled at the same height twice in a row, or 15 s have passed. */
async function settle(tab) {
  const deadline = Date.now() + 15000;
  let previous;
  for (;;) {
    const state = await tab.evaluate(pageState);
    if (!state.waiting.length && state.height === previous?.height) return state;
    if (Date.now() > deadline) return { ...state, stuck: state.waiting.join(', ') || 'its height kept changing' };
    previous = state;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/**
 * One screenshot. The viewport takes the page's height first: every counter is then in view and
 * counts (they count only when half visible), and a screenshot of the viewport is one of the whole
 * page in every engine (WebKit's covers the viewport only; Chromium's full-page capture shifts a
 * right-to-left page sideways).
 */
async function shoot(engine, base, name, lang, width) {
  const tab = await engine.open(base + PAGES[name][lang], width);
  try {
    let state = await settle(tab);
    let stuck = state.stuck;
    // More than once when a scrollbar goes away with the resize (Firefox): the wider page is then shorter.
    for (let attempt = 0; attempt < 3 && state.height !== state.viewport; attempt += 1) {
      await tab.resize(state.height);
      state = await settle(tab);
      stuck ??= state.stuck;
    }
    const file = `${name}-${lang}-${width}.png`;
    await tab.screenshot(`${out}${engine.name}/${file}`);
    const seen = new Set(state.errors.map((error) => error.url).filter(Boolean));
    const problems = [
      ...state.errors.map((error) => error.text),
      // "Failed to load resource" for a URL the page hooks reported already says nothing new.
      ...tab.browserErrors.filter((error) => !seen.has(error.url)).map((error) => error.text),
      ...(stuck ? [`not settled within 15 s: ${stuck}`] : []),
      ...(state.height > state.viewport ? [`screenshot cut: ${state.viewport} px of the page's ${state.height}`] : []),
    ];
    return { file, problems };
  } finally {
    await tab.close();
  }
}

/** Every shot in one engine, one after another (one tab at a time: a background tab gets no rendering). */
async function runEngine(name, base) {
  const started = Date.now();
  const shots = [];
  mkdirSync(`${out}${name}`, { recursive: true });
  let engine;
  try {
    engine = { name, ...(await startEngine[name]()) };
    for (const page of Object.keys(PAGES))
      for (const lang of ['fr', 'ar'])
        for (const width of WIDTHS) shots.push({ page, lang, width, ...(await shoot(engine, base, page, lang, width)) });
  } catch (error) {
    shots.push({ page: '(engine)', lang: '', width: '', problems: [`stopped: ${error.stack ?? error}`] });
  } finally {
    await engine?.close().catch(() => {});
  }
  return { name, shots, seconds: (Date.now() - started) / 1000 };
}

/** shots/index.html: for each page, language and width, the three engines side by side. */
function writeIndex(results) {
  const rows = Object.keys(PAGES).flatMap((page) =>
    ['fr', 'ar'].flatMap((lang) =>
      WIDTHS.map((width) => {
        const file = `${page}-${lang}-${width}.png`;
        const cells = results.map(({ name }) => `<td><a href="${name}/${file}"><img src="${name}/${file}" alt=""></a></td>`);
        return `<tr><th>${page}<br>${lang}<br>${width} px</th>${cells.join('')}</tr>`;
      }),
    ),
  );
  const head = results.map(({ name }) => `<th>${name}</th>`).join('');
  writeFileSync(
    `${out}index.html`,
    `<!doctype html><meta charset="utf-8"><title>@iom/components screenshots</title>
<style>body{font-family:sans-serif}th{vertical-align:top;text-align:start}td{vertical-align:top}img{width:400px;border:1px solid #ccc}</style>
<table><tr><th></th>${head}</tr>${rows.join('\n')}</table>\n`,
  );
}

buildMissing();
const server = await startDevServer({
  config: {
    rootDir: root,
    hostname: '127.0.0.1',
    nodeResolve: true,
    middleware: [testApi],
    plugins: [
      shotsPlugin,
      esbuildPlugin({ ts: true, tsconfig: `${root}tsconfig.json`, target: 'es2022', define: buildConstants }),
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
  autoExitProcess: false,
});
const base = `http://127.0.0.1:${server.config.port}`;
const started = Date.now();
// The engines run at once, each through its pages one by one: 75–105 s on two (shared) cores.
// All three unless IOM_ENGINES says otherwise (selectedEngines alone defaults to Chromium, as CI does).
const results = await Promise.all((process.env.IOM_ENGINES ? selectedEngines() : ENGINES).map((name) => runEngine(name, base)));
await server.stop();
writeIndex(results);

let failed = 0;
for (const { name, shots, seconds } of results) {
  console.log(`${name}: ${shots.filter((shot) => shot.file).length} screenshots in ${seconds.toFixed(0)} s`);
  for (const { page, lang, width, problems } of shots)
    for (const problem of problems) {
      failed += 1;
      console.log(`  ✗ ${page} ${lang} ${width}: ${problem}`);
    }
}
console.log(`\nScreenshots in ${out}<engine>/<page>-<lang>-<width>.png; side by side: ${out}index.html`);
console.log(
  `${((Date.now() - started) / 1000).toFixed(0)} s; ${failed ? `${failed} problem(s)` : 'no console error, uncaught exception or unhandled rejection'}`,
);
process.exit(failed ? 1 : 0);
