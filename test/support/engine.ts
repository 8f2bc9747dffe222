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
