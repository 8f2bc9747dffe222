import { expect } from '@open-wc/testing';
import '../../src/iom-member-counter.js';
import type { IomMemberCounter } from '../../src/iom-member-counter.js';
import { configureIomLocalization } from '../../src/localization.js';
import { resolveLocale } from '../../src/core/locale.js';
import { fixture, html, setPageLanguage, waitUntil } from '../support/helpers.js';

const spoken = (el: IomMemberCounter) =>
  el
    .shadowRoot!.querySelector('p:not([aria-hidden])')!
    .textContent!.replace(/[ \t\n\r]+/g, ' ')
    .trim();

describe('resolveLocale', () => {
  const cases: Array<[string, string]> = [
    ['fr', 'fr'],
    ['FR', 'fr'],
    ['fr-CA', 'fr'],
    ['es-419', 'es'],
    ['ar-EG', 'ar'],
    ['ar_MA', 'ar'],
    ['en-GB', 'en'],
    ['de', 'en'],
    ['pt-BR', 'en'],
    ['', 'en'],
    ['  es  ', 'es'],
  ];
  for (const [tag, locale] of cases) {
    it(`resolves "${tag}" to ${locale}`, () => expect(resolveLocale(tag)).to.equal(locale));
  }
});

describe('configureIomLocalization', () => {
  after(() => setPageLanguage('en'));

  it('follows <html lang>: fr → ar → en-GB → de, strings and numbers included', async () => {
    setPageLanguage('fr');
    await configureIomLocalization();
    const el = await fixture<IomMemberCounter>(html`<iom-member-counter duration="0"></iom-member-counter>`);
    expect(spoken(el)).to.equal('175 États membres, présente dans 171 pays');

    setPageLanguage('ar');
    await waitUntil(() => spoken(el).includes('دولة'), 'Arabic strings');
    expect(spoken(el)).to.equal('175 دولة عضوًا، وموجودة في 171 بلدًا');
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="sentence"]')!).direction).to.equal('rtl');

    setPageLanguage('en-GB');
    await waitUntil(() => spoken(el).includes('Member'), 'English strings');
    expect(spoken(el)).to.equal('175 Member States, present in 171 countries');

    setPageLanguage('es');
    await waitUntil(() => spoken(el).includes('Estados'), 'Spanish strings');
    expect(spoken(el)).to.equal('175 Estados miembros, presente en 171 países');

    setPageLanguage('de');
    await waitUntil(() => spoken(el).includes('Member'), 'German falls back to English');
    expect(spoken(el)).to.equal('175 Member States, present in 171 countries');
  });

  it('is safe to call twice', async () => {
    await configureIomLocalization();
    await configureIomLocalization();
  });

  it('formats numbers in the page locale: narrow no-break spaces in French', async () => {
    setPageLanguage('fr');
    await configureIomLocalization();
    const el = await fixture<IomMemberCounter>(
      html`<iom-member-counter duration="0" member-states="1000" countries="2"></iom-member-counter>`,
    );
    await waitUntil(() => spoken(el).includes('États'));
    expect(spoken(el)).to.equal('1\u202f000 États membres, présente dans 2 pays');
  });

  it('uses the plural forms of each language', async () => {
    const el = await fixture<IomMemberCounter>(html`<iom-member-counter duration="0"></iom-member-counter>`);
    const say = async (lang: string, memberStates: number, countries: number, expected: string) => {
      setPageLanguage(lang);
      el.memberStates = memberStates;
      el.countries = countries;
      await waitUntil(() => spoken(el) === expected, `${lang} ${memberStates}/${countries}: got "${spoken(el)}"`);
    };
    await say('fr', 1, 0, '1 État membre, présente dans 0 pays');
    await say('es', 1, 2, '1 Estado miembro, presente en 2 países');
    await say('ar', 2, 3, '2 دولتان عضوان، وموجودة في 3 بلدان');
    await say('ar', 11, 100, '11 دولة عضوًا، وموجودة في 100 بلد');
    await say('en', 1, 1, '1 Member State, present in 1 country');
  });

  it('passes axe in all four locales, right-to-left included', async () => {
    const el = await fixture<IomMemberCounter>(html`<iom-member-counter duration="0"></iom-member-counter>`);
    for (const lang of ['en', 'fr', 'es', 'ar']) {
      setPageLanguage(lang);
      await configureIomLocalization();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    }
  });
});
