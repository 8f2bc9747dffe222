/*
 * An app that configures @lit/localize itself, before our elements, keeps working: our elements
 * render, its locale switch reaches them through the templates it merged, and calling our
 * set-up afterwards warns instead of throwing.
 */
import { expect } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import { LitElement, html as litHtml } from 'lit';
import '../../src/iom-member-counter.js';
import type { IomMemberCounter } from '../../src/iom-member-counter.js';
import { configureIomLocalization, loadIomTemplates } from '../../src/localization.js';
import { fixture, html, setPageLanguage, waitUntil, warningsDuring } from '../support/helpers.js';
import { updateWhenLocaleChanges } from '@lit/localize';

const appTemplates = { fr: { 'app.greeting': 'Bonjour' } };

const { setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['fr'],
  loadLocale: async (locale) => ({
    templates: { ...appTemplates[locale as 'fr'], ...(await loadIomTemplates(locale)) },
  }),
});

class AppGreeting extends LitElement {
  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }
  override render() {
    return litHtml`${msg('Hello', { id: 'app.greeting' })}`;
  }
}
customElements.define('app-greeting', AppGreeting);

const spoken = (el: IomMemberCounter) =>
  el
    .shadowRoot!.querySelector('p:not([aria-hidden])')!
    .textContent!.replace(/[ \t\n\r]+/g, ' ')
    .trim();

describe('an app with its own @lit/localize', () => {
  after(() => setPageLanguage('en'));

  it('keeps working with our elements, which follow its locale', async () => {
    const el = await fixture<IomMemberCounter>(html`<iom-member-counter duration="0"></iom-member-counter>`);
    const greeting = await fixture<AppGreeting>(html`<app-greeting></app-greeting>`);
    expect(spoken(el)).to.equal('175 Member States, present in 171 countries');
    setPageLanguage('fr');
    await setLocale('fr');
    await waitUntil(() => spoken(el).includes('États'));
    expect(spoken(el)).to.equal('175 États membres, présente dans 171 pays');
    expect(greeting.shadowRoot!.textContent).to.equal('Bonjour');
  });

  it('gets a warning, not an exception, if it also calls our set-up', async () => {
    const warnings = await warningsDuring(() => configureIomLocalization());
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('[iom-components] configureIomLocalization()').and.contain('loadIomTemplates');
  });

  it('gets no templates for the source or an unknown locale', async () => {
    expect(await loadIomTemplates('en')).to.deep.equal({});
    expect(await loadIomTemplates('de')).to.deep.equal({});
  });
});
