/**
 * Which engine runs this test file, and the one way a test is skipped in one engine: with the
 * reason beside it, printed in the run's log (the README lists them all).
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';

export const engine: Engine = navigator.userAgent.includes('Firefox/')
  ? 'firefox'
  : navigator.userAgent.includes('Chrome/')
    ? 'chromium'
    : 'webkit';

/**
 * `it`, skipped in the engines named in `reasons`, each with why it cannot run there as written.
 * Everywhere else the test runs unchanged.
 */
export function itExceptIn(
  reasons: Partial<Record<Engine, string>>,
  title: string,
  test: (this: Mocha.Context) => unknown,
): Mocha.Test {
  return it(title, function (this: Mocha.Context) {
    const reason = reasons[engine];
    if (reason) {
      console.info(`[skipped in ${engine}] ${title}: ${reason}`);
      this.skip();
    }
    return test.call(this);
  });
}

/**
 * For `itExceptIn`: the engine of this run, if its version has no Trusted Types (Firefox ESR 140,
 * Debian bookworm's on some machines; Firefox enforces them from 145 on). Where they exist, a test
 * of them runs; where they do not, nothing can be tested of them.
 */
export const WITHOUT_TRUSTED_TYPES: Partial<Record<Engine, string>> =
  'trustedTypes' in window ? {} : { [engine]: 'this version has no Trusted Types (Firefox ESR before 145)' };
