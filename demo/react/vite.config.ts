import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { buildConstants } from '../../scripts/build-config.mjs';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

/**
 * The React 19 example (`vite demo/react`), on the package's source: `@iom/components` and its
 * subpaths (`@iom/components/react-jsx.js`…) resolve to `src/`, as the npm build would to `dist/`.
 * Vite's own JSX transform (React's automatic runtime): no React plugin, so no Fast Refresh.
 */
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@iom\/components$/, replacement: `${src}index.ts` },
      // The four elements' entries are `src/iom-<name>.ts`; the other subpaths keep their names.
      { find: /^@iom\/components\/(mega-nav|member-counter|news-card|press-contact)\.js$/, replacement: `${src}iom-$1.ts` },
      { find: /^@iom\/components\/(.+)\.js$/, replacement: `${src}$1.ts` },
    ],
  },
  define: buildConstants,
  // The news card takes http(s) and relative image URLs only, not data: URLs.
  build: { assetsInlineLimit: 0 },
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'react' },
  },
});
