import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { buildConstants } from './scripts/build-config.mjs';

/**
 * `npm run test:stories`: every Storybook story rendered in Debian's Chromium, with its play
 * function and the a11y check (`parameters.a11y.test = 'error'`: a violation fails the story).
 */
export default defineConfig({
  plugins: [storybookTest({ configDir: '.storybook' })],
  define: buildConstants,
  optimizeDeps: { include: ['lit', 'lit/directive-helpers.js', 'lit/static-html.js'] },
  test: {
    name: 'storybook',
    browser: {
      enabled: true,
      headless: true,
      instances: [{ browser: 'chromium' }],
      provider: playwright({
        launchOptions: {
          executablePath: chromiumPath,
          args: chromiumArgs,
        },
      }),
    },
  },
});
