/**
 * What the builds, the tests and Storybook share about compiling src/ (one copy, read by
 * vite.config.ts, custom-elements-manifest.config.mjs, web-test-runner.config.mjs,
 * vitest.config.ts and .storybook/vite.config.ts).
 */
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/**
 * Globals replaced in src/ wherever it is compiled (Vite's and esbuild's `define`), each by the
 * source text of its value: `__IOM_VERSION__` is package.json's version as a string literal.
 * Declared for TypeScript in src/build-constants.d.ts.
 */
export const buildConstants = { __IOM_VERSION__: JSON.stringify(version) };

/**
 * The npm build's entries: output name (`dist/<name>.js`, the file package.json exports) → source
 * module. Every other module of src/ is built to the same path under dist/.
 */
export const npmEntries = {
  index: 'src/index.ts',
  elements: 'src/elements.ts',
  events: 'src/events/index.ts',
  localization: 'src/localization.ts',
  'mega-nav': 'src/iom-mega-nav.ts',
  'member-counter': 'src/iom-member-counter.ts',
  'news-card': 'src/iom-news-card.ts',
  'press-contact': 'src/iom-press-contact.ts',
  react: 'src/react.ts',
  'react-jsx': 'src/react-jsx.ts',
};
