import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { selectedEngines } from './scripts/engines.mjs';
import { buildConstants } from './scripts/build-config.mjs';
import { testApi } from './test/support/test-api.mjs';
import { reactPlugin } from './test/support/react-plugin.mjs';
import { engineCommands, launchers } from './test/support/engines.mjs';
import { engineSummaryReporter } from './test/support/engine-summary.mjs';

/*
 * The browser suite in Chromium, Firefox and WebKit at once (IOM_ENGINES=firefox,webkit for a
 * subset). Files named *.preferences.test.ts run in a second set of the same engines, started with
 * the preferences a visitor sets in their system: reduced motion, and forced colours where the
 * engine has them.
 */
const engines = selectedEngines();
const PREFERENCES = 'test/**/*.preferences.test.ts';

export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.tsx', `!${PREFERENCES}`],
  groups: [{ name: 'preferences', files: [PREFERENCES], browsers: launchers(engines, { preferences: true }) }],
  nodeResolve: true,
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // One page at a time per browser: background pages get no rendering, so no IntersectionObserver or rAF.
  concurrency: 1,
  // Property-based tests run thousands of cases: under three engines at once, that may take a while.
  testFramework: { config: { timeout: 30000 } },
  plugins: [
    engineCommands(),
    reactPlugin(),
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022', define: buildConstants }),
  ],
  middleware: [testApi],
  browsers: launchers(engines),
  reporters: [defaultReporter(), engineSummaryReporter()],
  // In a CI log, the results once at the end instead of a progress bar redrawn every second.
  staticLogging: !process.stdout.isTTY,
  // Chromium reports coverage (V8's); the other engines run the same tests without it.
  coverage: engines.includes('chromium'),
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/locales/**', 'src/cdn/**'],
    threshold: { lines: 90, statements: 90, functions: 85, branches: 80 },
    reportDir: 'coverage',
  },
};
