import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

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
      { find: /^@iom\/components\/(.+)\.js$/, replacement: `${src}$1.ts` },
    ],
  },
  // The news card takes http(s) and relative image URLs only, not data: URLs.
  build: { assetsInlineLimit: 0 },
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'react' },
  },
});
