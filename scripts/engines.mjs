/**
 * The three browser engines, all from Debian (nothing here downloads a browser): Chromium and
 * Firefox ESR driven by puppeteer-core (CDP and WebDriver BiDi), WebKitGTK's MiniBrowser driven by
 * WebKitWebDriver under Xvfb. `.ci/run` installs the packages with apt-get when they are missing.
 *
 * Each engine can start with the user preferences a person sets in their system: reduced motion
 * and, where the engine has one, a forced-colours mode. Tests read those as a visitor's browser
 * reports them (`matchMedia`), rather than through an emulation only Chromium offers.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowsingContext } from 'puppeteer-core/internal/bidi/core/BrowsingContext.js';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const miniBrowserPath = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** The engines, in the order their results are printed. */
export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** `IOM_ENGINES=firefox,webkit` runs a subset (all three by default). */
export function selectedEngines() {
  const asked = (process.env.IOM_ENGINES ?? '').split(',').filter(Boolean);
  const unknown = asked.filter((name) => !ENGINES.includes(name));
  if (unknown.length) throw new Error(`IOM_ENGINES: unknown engine(s) ${unknown.join(', ')}; known: ${ENGINES.join(', ')}`);
  return asked.length ? ENGINES.filter((name) => asked.includes(name)) : ENGINES;
}

/**
 * Where the engines save what a page downloads (the vCard tests really download): a folder of this
 * run's own, removed when it ends, rather than the user's Downloads.
 */
let downloads;
export function downloadFolder() {
  if (!downloads) {
    downloads = mkdtempSync(join(tmpdir(), 'iom-downloads-'));
    process.once('exit', () => rmSync(downloads, { recursive: true, force: true }));
  }
  return downloads;
}

/** Puppeteer launch options for Chromium; `preferences` adds reduced motion and forced colours. */
export function chromiumLaunchOptions({ preferences = false } = {}) {
  const args = [...chromiumArgs];
  if (preferences) args.push('--force-prefers-reduced-motion', '--force-high-contrast');
  return {
    executablePath: chromiumPath,
    headless: true,
    args,
    downloadBehavior: { policy: 'allow', downloadPath: downloadFolder() },
  };
}

/*
 * Puppeteer's `page.setViewport()` also sends BiDi's `emulation.setScreenOrientationOverride`, which
 * Firefox ESR 140 (Debian bookworm's, on some machines) does not know: every viewport change would
 * fail there. No test depends on the screen orientation, so an engine without the command keeps its own.
 */
const setScreenOrientationOverride = BrowsingContext.prototype.setScreenOrientationOverride;
BrowsingContext.prototype.setScreenOrientationOverride = async function (...args) {
  try {
    return await setScreenOrientationOverride.apply(this, args);
  } catch (error) {
    if (!String(error?.message).includes('unknown command')) throw error;
  }
};

/** Puppeteer launch options for Firefox ESR (WebDriver BiDi, no geckodriver). */
export function firefoxLaunchOptions({ preferences = false } = {}) {
  return {
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    extraPrefsFirefox: {
      'ui.prefersReducedMotion': preferences ? 1 : 0,
      ...(preferences && { 'browser.display.document_color_use': 2 }),
      // Downloads go to this run's folder, and the downloads panel does not take the focus from the page.
      'browser.download.folderList': 2,
      'browser.download.dir': downloadFolder(),
      'browser.download.useDownloadDir': true,
      'browser.download.alwaysOpenPanel': false,
    },
  };
}

/** The W3C capabilities WebKitWebDriver accepts for WebKitGTK's MiniBrowser. */
export const webkitCapabilities = {
  browserName: 'MiniBrowser',
  // WebdriverIO asks for a BiDi socket by default, which WebKitWebDriver refuses.
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
};

/** A TCP port nobody listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The version of each engine's Debian package, as the summary and the README report it. */
export function engineVersion(engine) {
  const read = (command, args) => {
    try {
      return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '?';
    }
  };
  if (engine === 'chromium') return /[\d.]+/.exec(read(chromiumPath, ['--version']))?.[0] ?? '?';
  if (engine === 'firefox') return /[\d.]+(esr)?/.exec(read(firefoxPath, ['--version']))?.[0] ?? '?';
  return `(WebKitGTK ${read('dpkg-query', ['-W', '-f=${Version}', 'webkit2gtk-driver']).replace(/-.*/, '')})`;
}

/** Starts Xvfb on a free display number; resolves with the display (`:99`) and the process. */
function startXvfb() {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '2000x4200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    xvfb.once('error', (error) => reject(new Error(`Xvfb: ${error.message} (is the xvfb package installed?)`)));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
    xvfb.stdio[3].once('data', (data) => resolve({ display: `:${String(data).trim()}`, xvfb }));
  });
}

/**
 * Starts WebKitWebDriver on its own X display (MiniBrowser has no headless mode). Its GTK settings
 * live in a private config folder: a tiny toolbar font lets the window shrink to phone widths, and
 * `gtk-enable-animations=false` is what WebKitGTK reports as `prefers-reduced-motion: reduce`.
 * Resolves when the driver answers, with `focus()` (see below) and `stop()`, which ends the driver,
 * the browser and Xvfb.
 */
export async function startWebKitDriver({ preferences = false } = {}) {
  const config = mkdtempSync(join(tmpdir(), 'iom-webkit-'));
  mkdirSync(join(config, 'gtk-3.0'));
  writeFileSync(
    join(config, 'gtk-3.0', 'gtk.css'),
    '* { font-size: 1px; min-width: 0; min-height: 0; padding: 0; margin: 0; }\n',
  );
  writeFileSync(join(config, 'gtk-3.0', 'settings.ini'), `[Settings]\ngtk-enable-animations=${!preferences}\n`);
  // GLib reads the download folder from here (the XDG user directories).
  writeFileSync(join(config, 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloadFolder()}"\n`);
  const { display, xvfb } = await startXvfb();
  const env = { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: config };
  const port = await freePort();
  const driver = spawn(webkitDriverPath, [`--port=${port}`], { stdio: 'ignore', env });
  let exited = false;
  driver.once('exit', () => (exited = true));
  const stop = () => {
    for (const child of [driver, xvfb]) child.kill('SIGTERM');
    rmSync(config, { recursive: true, force: true });
  };
  process.once('exit', stop);
  /*
   * With no window manager on the display, no window ever gets the input focus: the page then
   * reports `document.hasFocus()` false, and `:focus-visible` never matches. A person's browser
   * window has it, so the tests give it (xdotool calls XSetInputFocus on the browser window).
   */
  const focus = () =>
    new Promise((resolve, reject) => {
      execFile(
        'xdotool',
        ['search', '--sync', '--onlyvisible', '--class', 'MiniBrowser', 'windowfocus', '--sync'],
        { env, timeout: 10000 },
        (error) =>
          error ? reject(new Error(`xdotool could not focus MiniBrowser: ${error.message} (is xdotool installed?)`)) : resolve(),
      );
    });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (exited) throw new Error(`${webkitDriverPath} exited at start (is webkit2gtk-driver installed?)`);
    try {
      const answer = await fetch(`http://127.0.0.1:${port}/status`);
      if (answer.ok) return { port, focus, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stop();
  throw new Error(`${webkitDriverPath} did not answer on port ${port} within 10 s`);
}
