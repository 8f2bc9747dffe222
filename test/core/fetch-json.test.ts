import { expect } from '@open-wc/testing';
import { fetchJson, type FetchJsonResult } from '../../src/core/fetch-json.js';
import { validateFigures, type Figures } from '../../src/member-counter/member-counter.model.js';
import { warn } from '../../src/core/warn.js';
import { warningsDuring } from '../support/helpers.js';

const TAG = 'iom-fetch-test';
/** What an element gives `fetchJson`: its `warn`, and what it does when the request fails. */
const host = {
  warn: (...args: [string, unknown, string, string]) => warn(TAG, ...args),
  consequence: 'kept the current content',
};

async function load(url: string, options: { timeout?: number; signal?: AbortSignal } = {}) {
  let result: FetchJsonResult<Figures> | undefined;
  const warnings = await warningsDuring(async () => {
    result = await fetchJson(url, url, { ...host, validate: validateFigures, ...options });
  });
  return { result: result!, warnings };
}

describe('fetchJson', () => {
  it('returns the validated data of a JSON answer, without warning', async () => {
    const { result, warnings } = await load('/test-api/ok');
    expect(result).to.deep.equal({ ok: true, data: { memberStates: 180, countries: 172 } });
    expect(warnings).to.deep.equal([]);
  });

  it('accepts +json content types with parameters', async () => {
    const { result } = await load('/test-api/ok-ld');
    expect(result).to.deep.equal({ ok: true, data: { memberStates: 176, countries: 170 } });
  });

  const failures: Array<[string, string]> = [
    ['/test-api/not-found', 'answered HTTP 404'],
    ['/test-api/server-error', 'answered HTTP 500'],
    ['/test-api/html', 'answered "text/html; charset=utf-8", not JSON'],
    ['/test-api/invalid-json', 'answered invalid JSON'],
    ['/test-api/wrong-shape', 'answered JSON of the wrong shape ("memberStates" must be a whole number'],
    ['/test-api/too-large', 'answered more than 1000000 bytes'],
    ['/test-api/too-large-stream', 'answered more than 1000000 bytes'],
    ['http://127.0.0.1:1/unreachable', 'could not be fetched (TypeError'],
  ];
  for (const [url, problem] of failures) {
    it(`fails with one warning naming tag, URL and "${problem}" for ${url}`, async () => {
      const { result, warnings } = await load(url);
      expect(result.ok).to.equal(false);
      expect(result.ok || result.problem).to.contain(problem);
      expect(warnings).to.have.length(1);
      expect(warnings[0])
        .to.contain(`[${TAG}] src: ${JSON.stringify(url)} ${problem}`)
        .and.contain('; kept the current content');
    });
  }

  it('times out (default 10 s; shortened here) with one warning', async () => {
    const { result, warnings } = await load('/test-api/slow?ms=3000', { timeout: 100 });
    expect(result).to.deep.equal({ ok: false, problem: 'did not answer within 100 ms' });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('did not answer within 100 ms');
  });

  it('is cancelled silently by its signal', async () => {
    const controller = new AbortController();
    let result: FetchJsonResult<Figures> | undefined;
    const warnings = await warningsDuring(async () => {
      const slow = '/test-api/slow?ms=2000';
      const pending = fetchJson(slow, slow, { ...host, validate: validateFigures, signal: controller.signal });
      controller.abort();
      result = await pending;
    });
    expect(result).to.deep.equal({ ok: false });
    expect(warnings).to.deep.equal([]);
  });
});
