import { expect } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { WidthController } from '../../../src/core/controllers/width.controller.js';
import { waitUntil } from '../../support/helpers.js';
import { frames } from '../../hardening/support.js';

/** A host whose probe is as wide as itself; it updates only when `matters` says the width does. */
class WidthHost extends LitElement {
  renders = 0;
  matters = (width: number) => width < 300;
  readonly width = new WidthController(this, {
    probe: () => this.renderRoot.querySelector('div'),
    matters: (width) => this.matters(width),
  });

  protected override render() {
    this.renders++;
    return html`<div></div>`;
  }
}
customElements.define('test-width-host', WidthHost);

describe('WidthController', () => {
  let host: WidthHost;
  beforeEach(async () => {
    host = document.createElement('test-width-host') as WidthHost;
    host.style.display = 'block';
    host.style.width = '500px';
    document.body.append(host);
    await host.updateComplete;
  });
  afterEach(() => host.remove());

  it('measures its host on demand', () => {
    expect(host.width.value, 'before any report').to.be.oneOf([Infinity, 500]);
    host.width.measure();
    expect(host.width.value).to.equal(500);
  });

  it('follows the width, and updates its host only when the width matters', async () => {
    await waitUntil(() => host.width.value === 500, 'the first report');
    const renders = host.renders;
    host.style.width = '400px';
    await waitUntil(() => host.width.value === 400, 'a wider width reported');
    await host.updateComplete;
    expect(host.renders, 'no update for a width that does not matter').to.equal(renders);
    host.style.width = '200px';
    await waitUntil(() => host.width.value === 200, 'a narrow width reported');
    await host.updateComplete;
    expect(host.renders).to.equal(renders + 1);
  });

  it('stops following once its host leaves the page', async () => {
    await waitUntil(() => host.width.value === 500, 'the first report');
    host.remove();
    host.style.width = '200px';
    await frames(3);
    expect(host.width.value).to.equal(500);
  });
});
