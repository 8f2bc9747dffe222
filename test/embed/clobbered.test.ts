/*
 * A host page whose content names elements after properties of `document` (clobbered.html): the
 * components read the page through the DOM's own getters, so every absolute link stays, the page
 * language is read from the real <html lang> and followed, and all four elements work.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '../support/commands.js';
import { waitUntil } from '../support/helpers.js';
import { expectElementsWork } from './support/checks.js';
import { closePages, openPage, textOf, upgraded, type EmbedPage } from './support/frame.js';

const sentence = (page: EmbedPage) => textOf(page.counter.shadowRoot!.querySelector('[part="sentence"]'));

describe('embedded on a page whose elements clobber document properties', () => {
  let page: EmbedPage;

  before(async () => {
    await setViewport({ width: 1280, height: 900 });
    page = await openPage('/test/embed/clobbered.html');
    await upgraded(page);
  });
  after(() => closePages());

  it('is really clobbered', () => {
    const clobbered = page.document as unknown as Record<string, unknown>;
    for (const name of ['baseURI', 'documentElement', 'defaultView', 'addEventListener']) {
      expect(clobbered[name], name).to.be.an.instanceOf(page.window.Element);
    }
  });

  it('keeps every absolute link, and finds the current page among them', async () => {
    const root = page.nav.shadowRoot!;
    const hrefs = () => [...root.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(hrefs()).to.include('https://www.iom.int/fr/agenda-2030');
    expect(root.querySelector('[aria-current="page"]')?.getAttribute('href')).to.equal('https://www.iom.int/fr/agenda-2030');
    const card = page.document.querySelector('#absolute')!.shadowRoot!;
    expect(card.querySelector('a[part~="link"]')?.getAttribute('href')).to.equal('https://www.iom.int/fr/wmr');
    await expectElementsWork(page);
    expect(hrefs()).to.include.members(['https://www.iom.int/fr/notre-travail/partenariats', 'mailto:info@iom.int']);
  });

  it('speaks the language of <html lang>, and follows it', async () => {
    expect(sentence(page)).to.equal('175 États membres, présente dans 171 pays');
    page.document.querySelector('html')!.lang = 'es';
    await waitUntil(() => sentence(page).includes('Estados'), 'Spanish after the switch');
    expect(sentence(page)).to.equal('175 Estados miembros, presente en 171 países');
  });

  it('caused no error, no warning and no policy violation', () => {
    expect(page.record.errors).to.deep.equal([]);
    expect(page.record.warnings).to.deep.equal([]);
    expect(page.record.violations).to.deep.equal([]);
  });
});
