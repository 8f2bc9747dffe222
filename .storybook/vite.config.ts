import { defineConfig } from 'vite';
import { buildConstants } from '../scripts/build-config.mjs';

/**
 * Storybook's own Vite config (`viteConfigPath` in main.ts). The root vite.config.ts holds the
 * library and CDN builds (`build.lib`, `rolldownOptions`, `publicDir: false`) and the demo server
 * (redirect of `/`, `server.host`): none of that belongs in Storybook, in dev or in build.
 */
export default defineConfig({
  // package.json's version, written into src/ as in the builds.
  define: buildConstants,
  // Storybook passes only `build.target` through from the `build` options of this file.
  build: { target: 'es2022' },
  optimizeDeps: {
    // Storybook's web-components renderer imports `lit/directive-helpers.js`, which the dev
    // dependency scan (stories and preview only) misses: served unbundled, it brought a second
    // copy of lit-html ("Multiple versions of Lit loaded"). Pre-bundled with `lit`, they share one.
    include: ['lit', 'lit/directive-helpers.js', 'lit/static-html.js'],
  },
});
