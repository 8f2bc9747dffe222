import { expect } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { LocaleController } from '../../../src/core/controllers/locale.controller.js';
import { setPageLanguage } from '../../support/helpers.js';

/** A host that renders the locales its controller gives. */
class LocaleHost extends LitElement {
  readonly locale = new LocaleController(this);

  protected override render() {
    return html`${this.locale.formatting} ${this.locale.ui}`;
  }
}
customElements.define('test-locale-host', LocaleHost);

describe('LocaleController', () => {
  let host: LocaleHost;
  const shown = () => host.shadowRoot!.textContent!.trim();
  beforeEach(async () => {
    setPageLanguage('en');
    host = document.createElement('test-locale-host') as LocaleHost;
    document.body.append(host);
    await host.updateComplete;
  });
  afterEach(() => {
    host.remove();
    setPageLanguage('en');
  });

  it('gives the formatting locale (region kept) and the supported locale of <html lang>', async () => {
    expect(shown()).to.equal('en en');
    setPageLanguage('fr-CA');
    await new Promise((resolve) => setTimeout(resolve));
    await host.updateComplete;
    expect(shown()).to.equal('fr-CA fr');
  });

  it('re-renders its host when <html lang> changes, only while the host is in the page', async () => {
    setPageLanguage('ar');
    await new Promise((resolve) => setTimeout(resolve));
    await host.updateComplete;
    expect(shown()).to.equal('ar ar');
    host.remove();
    setPageLanguage('es');
    await new Promise((resolve) => setTimeout(resolve));
    expect(host.isUpdatePending, 'no update requested while out of the page').to.equal(false);
    expect(shown()).to.equal('ar ar');
  });
});
