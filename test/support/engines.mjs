/**
 * @web/test-runner launchers for the three engines, and the server side of the commands the tests
 * use in all of them (test/support/commands.ts). The built-in viewport and key commands of
 * @web/test-runner-commands cover only CDP-style browsers; these speak WebDriver too.
 */
import { chromeLauncher } from '@web/test-runner';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions, firefoxLaunchOptions, startWebKitDriver, webkitCapabilities } from '../../scripts/engines.mjs';

/** WebKitGTK through WebKitWebDriver, which this launcher starts (and stops) under Xvfb. */
class WebKitLauncher extends WebdriverLauncher {
  #preferences;
  #driverProcess;

  constructor({ preferences }) {
    super({ hostname: '127.0.0.1', port: 0, logLevel: 'error', capabilities: webkitCapabilities });
    this.#preferences = preferences;
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async startSession(id, url) {
    if (!this.#driverProcess) {
      this.#driverProcess = startWebKitDriver({ preferences: this.#preferences });
      this.options.port = (await this.#driverProcess).port;
    }
    await this.#driverProcess;
    if (!this.driver) {
      await this.ensureManagerInitialized();
      await (await this.#driverProcess).focus();
    }
    // The same first viewport as the puppeteer engines give every test file.
    await this.setViewport(800, 600);
    return super.startSession(id, url);
  }

  async stop() {
    await super.stop();
    (await this.#driverProcess)?.stop();
  }

  /** Sizes the window so that its viewport (below MiniBrowser's toolbar) is `width` × `height`. */
  async setViewport(width, height) {
    const toolbar = await this.driver.execute(() => window.outerHeight - window.innerHeight);
    await this.driver.setWindowRect(0, 0, width, height + toolbar);
  }

  /** W3C key actions; a key pressed with `down` stays down across calls until `up`. */
  performKeys(actions) {
    return this.driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
  }
}

/** The launchers of `engines`; with `preferences`, each starts with reduced motion (and forced colours where it has them). */
export function launchers(engines, { preferences = false } = {}) {
  const make = {
    chromium: () => chromeLauncher({ puppeteer, launchOptions: chromiumLaunchOptions({ preferences }) }),
    firefox: () => chromeLauncher({ puppeteer, launchOptions: firefoxLaunchOptions({ preferences }) }),
    webkit: () => new WebKitLauncher({ preferences }),
  };
  return engines.map((engine) => make[engine]());
}

/** WebDriver's code points for the keys the tests press (https://w3c.github.io/webdriver/#keyboard-actions). */
const webdriverKeys = {
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: ' ',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Meta: '\uE03D',
};

function webdriverKeyActions({ press, down, up }) {
  const key = (name) => {
    const value = webdriverKeys[name] ?? name;
    if ([...value].length !== 1) throw new Error(`iom-keys: no WebDriver key for "${name}"`);
    return value;
  };
  if (press !== undefined) {
    const value = key(press);
    return [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ];
  }
  if (down !== undefined) return [{ type: 'keyDown', value: key(down) }];
  return [{ type: 'keyUp', value: key(up) }];
}

/** The commands of test/support/commands.ts, for puppeteer (Chromium, Firefox) and WebDriver (WebKit) sessions. */
export function engineCommands() {
  return {
    name: 'iom-engine-commands',
    async executeCommand({ command, payload, session }) {
      const { browser } = session;
      if (command === 'iom-set-viewport') {
        const { width, height } = payload;
        if (browser.type === 'webdriver') await browser.setViewport(width, height);
        else await browser.getPage(session.id).setViewport({ width, height });
        return true;
      }
      if (command === 'iom-keys') {
        if (browser.type === 'webdriver') {
          await browser.performKeys(webdriverKeyActions(payload));
          return true;
        }
        const { keyboard } = browser.getPage(session.id);
        // WebDriver BiDi (Firefox) knows the space bar only as ' '; CDP accepts both.
        const name = (key) => (key === 'Space' ? ' ' : key);
        if (payload.press !== undefined) await keyboard.press(name(payload.press));
        else if (payload.down !== undefined) await keyboard.down(name(payload.down));
        else await keyboard.up(name(payload.up));
        return true;
      }
      return undefined;
    },
  };
}
