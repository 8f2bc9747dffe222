import { defineConfig, type Plugin } from 'vite';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { buildConstants, npmEntries } from './scripts/build-config.mjs';

/**
 * Two builds (`npm run build` runs both):
 * - `vite build` — the npm build: one ES module per source module in `dist/`, `lit` and
 *   `@lit/localize` external (declarations come from `tsc -p tsconfig.build.json`), from the
 *   entries of scripts/build-config.mjs;
 * - `vite build --mode cdn` — `dist/cdn/iom-components.js`: a tiny entry that loads the
 *   minified, self-contained bundle once; each translation is a lazy chunk beside it.
 * `vite` alone serves the demo (`/` redirects to `/demo/`). All three write package.json's version
 * into src/ (`buildConstants`).
 */

/** Imported dynamically, on first use: fetching a JSON `src`, building a vCard. */
const lazyModules = /[\\/]src[\\/](core[\\/]fetch-json|press-contact[\\/]vcard)\.ts$/;

const external = (id: string) =>
  /^(lit|@lit\/localize|@lit\/react|react|react-dom)(\/|$)/.test(id) || /^@?lit-html|^@lit\/reactive-element/.test(id);

/**
 * Translator notes (`msg(…, { desc })`) are read from the source by `lit-localize extract`; the
 * browser never needs them, so the builds drop them.
 */
const stripTranslatorNotes: Plugin = {
  name: 'iom-strip-translator-notes',
  enforce: 'pre',
  transform(code, id) {
    if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('desc:')) return;
    // `msg('…', { desc: '…' })` loses its whole options object; other options stay.
    const stripped = code.replace(/,\s*\{\s*desc:\s*'[^'\n]*',?\s*\}/g, '').replace(/\bdesc:\s*'[^'\n]*',?/g, '');
    return { code: stripped, map: null };
  },
};

/** `npm start`: the demo is the home page of the dev server. */
const demoHome: Plugin = {
  name: 'iom-demo-home',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url !== '/') return next();
      res.statusCode = 302;
      res.setHeader('Location', '/demo/');
      res.end();
    });
  },
};

export default defineConfig(({ mode }) =>
  mode === 'cdn'
    ? {
        publicDir: false,
        define: buildConstants,
        plugins: [stripTranslatorNotes, minifyTemplateLiterals()],
        build: {
          outDir: 'dist/cdn',
          emptyOutDir: true,
          target: 'es2022',
          minify: true,
          // Maps are published beside the files, without the comment pointing at them: every byte of
          // the static part counts (bench/attribution.mjs reads them).
          sourcemap: 'hidden',
          // The bundle is an entry of its own, not only the entry's dynamic import: imported, a module
          // that shares its chunk with others gets a namespace object built at run time by a bundler
          // helper whose `for…in` throws on a page that added an enumerable property to
          // Object.prototype, before any element is defined. As an entry it is its chunk's facade, the
          // chunk's own exports are its namespace, and no helper is emitted
          // (test/embed/hostile-globals.test.ts).
          lib: { entry: { 'iom-components': 'src/cdn/iom-components.ts', bundle: 'src/cdn/bundle.ts' }, formats: ['es'] },
          rolldownOptions: {
            // The bundle chunk also exports Lit's `html` to the translation chunks.
            preserveEntrySignatures: 'allow-extension',
            output: {
              // Only the entry a webmaster pastes keeps a fixed name; the bundle's changes with its content.
              entryFileNames: (chunk) => (chunk.name === 'iom-components' ? '[name].js' : 'iom-components.[name]-[hash].js'),
              // Library mode leaves whitespace in: the CDN bundle is for browsers, minify it whole.
              minify: true,
              // Lit with the components in one chunk (one request, one compression window): the
              // translations, loaded later, import their `html` from it. Code only some pages
              // need (`lazyModules`) stays in chunks of its own, loaded on first use.
              codeSplitting: {
                groups: [
                  {
                    name: 'bundle',
                    test: (id: string) =>
                      /node_modules|[\\/]src[\\/](?!locales[\\/]|cdn[\\/]iom-components)/.test(id) && !lazyModules.test(id),
                  },
                ],
              },
              chunkFileNames: (chunk) =>
                /\/locales\/\w+\.ts$/.test(chunk.facadeModuleId ?? '')
                  ? 'locales/[name]-[hash].js'
                  : lazyModules.test(chunk.facadeModuleId ?? '')
                    ? 'lazy/[name]-[hash].js'
                    : 'iom-components.[name]-[hash].js',
            },
          },
        },
      }
    : mode === 'production'
      ? {
          publicDir: false,
          define: buildConstants,
          // Readable JS for consumers' bundlers, but CSS and HTML inside templates, which no bundler minifies, minified here.
          plugins: [stripTranslatorNotes, minifyTemplateLiterals()],
          build: {
            outDir: 'dist',
            emptyOutDir: false,
            target: 'es2022',
            minify: false,
            sourcemap: true,
            lib: { entry: npmEntries, formats: ['es'] },
            rolldownOptions: {
              external,
              output: {
                preserveModules: true,
                preserveModulesRoot: 'src',
                entryFileNames: '[name].js',
              },
            },
          },
        }
      : {
          define: buildConstants,
          plugins: [demoHome],
          server: { host: true },
        },
);
