/**
 * Reporter: once the run is over, one line per engine with its package version and its count of
 * tests (both groups of test/ together), then the tests each engine skipped. Printed after the
 * default reporter's own summary, so a CI log ends with what ran where.
 */
import { engineVersion } from '../../scripts/engines.mjs';

const ENGINES = { Chromium: 'chromium', Firefox: 'firefox', WebKit: 'webkit' };

function* testsOf(suite, path = []) {
  if (!suite) return;
  for (const test of suite.tests) yield { ...test, title: [...path, test.name].join(' > ') };
  for (const child of suite.suites) yield* testsOf(child, [...path, child.name]);
}

export function engineSummaryReporter() {
  return {
    stop({ sessions }) {
      const engines = new Map();
      for (const session of sessions) {
        const engine = session.browser.name;
        const entry = engines.get(engine) ?? { files: 0, passed: 0, failed: 0, skipped: [] };
        entry.files += 1;
        for (const test of testsOf(session.testResults)) {
          if (test.skipped) entry.skipped.push(`${session.testFile.replace(/^.*?\/test\//, 'test/')}: ${test.title}`);
          else if (test.passed) entry.passed += 1;
          else entry.failed += 1;
        }
        // A file that failed to load or run counts as one failure, even with no test result.
        if (!session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length) entry.failed += 1;
        engines.set(engine, entry);
      }
      console.log('');
      for (const [engine, { files, passed, failed, skipped }] of engines) {
        const total = passed + failed + skipped.length;
        console.log(
          `${`${engine} ${engineVersion(ENGINES[engine])}:`.padEnd(28)} ${total} tests in ${files} files: ${passed} passed, ${failed} failed, ${skipped.length} skipped`,
        );
      }
      for (const [engine, { skipped }] of engines) for (const title of skipped) console.log(`  skipped in ${engine}: ${title}`);
    },
  };
}
