import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { JsonSourceController } from '../../../src/core/controllers/json-source.controller.js';
import { warn } from '../../../src/core/warn.js';
import { validateFigures } from '../../../src/member-counter/member-counter.model.js';
import '../../../src/iom-member-counter.js';
import type { IomMemberCounter } from '../../../src/index.js';
import { captureWarnings, setPageLanguage, waitUntil, warningsDuring } from '../../support/helpers.js';
import { frames } from '../../hardening/support.js';

/** Whether the page has requested the fetching code (served from source by the test server). */
const fetchingCodeLoaded = () =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes('/src/core/fetch-json.'));

const spoken = (el: IomMemberCounter) => el.shadowRoot!.querySelector('p:not([aria-hidden])')!.textContent!.trim();

describe('JsonSourceController (through <iom-member-counter src>)', () => {
  before(() => setPageLanguage('en'));

  it('never downloads the fetching code while no element has a src, nor for a src the allow-list refuses', async () => {
    await fixture(html`<iom-member-counter duration="0"></iom-member-counter>`);
    for (const src of ['javascript:alert(1)', 'data:application/json,{"memberStates":1,"countries":1}']) {
      const warnings = await warningsDuring(async () => {
        const el = await fixture<IomMemberCounter>(html`<iom-member-counter duration="0" src=${src}></iom-member-counter>`);
        await el.updateComplete;
        expect(spoken(el)).to.equal('175 Member States, present in 171 countries');
      });
      expect(warnings).to.deep.equal([
        `[iom-member-counter] src: ${JSON.stringify(src)} is not an http(s) or relative URL; kept the current content`,
      ]);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fetchingCodeLoaded()).to.equal(false);
  });

  it('downloads it on the first allowed src, then shows the answer', async () => {
    const el = await fixture<IomMemberCounter>(
      html`<iom-member-counter duration="0" src=${'/test-api/figures?m=123&c=45'}></iom-member-counter>`,
    );
    await waitUntil(() => spoken(el).startsWith('123'), 'the src figures are shown');
    expect(spoken(el)).to.equal('123 Member States, present in 45 countries');
    expect(fetchingCodeLoaded()).to.equal(true);
  });
});

/** A host of the controller alone: it shows `value`, and gives a `fallback` when asked to. */
function sourceHost(fallback?: string) {
  class SourceHost extends LitElement {
    readonly source = new JsonSourceController<{ memberStates: number }>(this, {
      warn: (...problem) => warn('test-source-host', ...problem),
      validate: (json) => validateFigures(json),
      fallback,
    });
    protected override render() {
      return html`${this.source.value?.memberStates ?? 'nothing'}`;
    }
  }
  const tag = `test-source-host-${fallback ? 'fallback' : 'keep'}`;
  if (!customElements.get(tag)) customElements.define(tag, SourceHost);
  return document.createElement(tag) as SourceHost;
}

describe('JsonSourceController', () => {
  let host: ReturnType<typeof sourceHost>;
  afterEach(() => host.remove());
  const shown = () => host.shadowRoot!.textContent!.trim();

  it('loads its URL while its host is in the page, and keeps the last good answer when the next one fails', async () => {
    host = sourceHost();
    host.source.setUrl('/test-api/figures?m=12&c=3');
    await frames(3);
    expect(host.source.value, 'nothing loads before the host is in the page').to.equal(undefined);
    document.body.append(host);
    await waitUntil(() => shown() === '12', 'the answer shown');
    const capture = captureWarnings();
    try {
      host.source.setUrl('/test-api/not-found?source');
      await waitUntil(() => capture.messages.length > 0, 'the failure warned about');
      await host.updateComplete;
    } finally {
      capture.stop();
    }
    expect(shown()).to.equal('12');
    expect(capture.messages).to.deep.equal([
      '[test-source-host] src: "/test-api/not-found?source" answered HTTP 404; kept the current content',
    ]);
  });

  it('with a fallback, clears its value when the URL fails and says what the host shows instead', async () => {
    host = sourceHost('showed the fallback');
    document.body.append(host);
    host.source.setUrl('/test-api/figures?m=7&c=3');
    await waitUntil(() => shown() === '7', 'the answer shown');
    const warnings = await warningsDuring(async () => {
      host.source.setUrl('/test-api/not-found?fallback');
      await waitUntil(() => shown() === 'nothing', 'the value cleared');
    });
    expect(warnings).to.deep.equal([
      '[test-source-host] src: "/test-api/not-found?fallback" answered HTTP 404; showed the fallback',
    ]);
  });

  it('clears its value for no URL', async () => {
    host = sourceHost();
    document.body.append(host);
    host.source.setUrl('/test-api/figures?m=9&c=3');
    await waitUntil(() => shown() === '9', 'the answer shown');
    host.source.setUrl(undefined);
    host.requestUpdate();
    await host.updateComplete;
    expect(shown()).to.equal('nothing');
  });
});
