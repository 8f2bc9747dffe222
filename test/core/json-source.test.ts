import { expect, fixture, html } from '@open-wc/testing';
import '../../src/member-counter.js';
import type { IomMemberCounter } from '../../src/index.js';
import { setPageLanguage, waitUntil, warningsDuring } from '../support/helpers.js';

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
