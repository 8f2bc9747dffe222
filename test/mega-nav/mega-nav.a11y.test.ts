import { expect } from '@open-wc/testing';
import '../../src/iom-mega-nav.js';
import { configureIomLocalization } from '../../src/localization.js';
import { setPageLanguage, waitUntil } from '../support/helpers.js';
import { navAt as nav, navHarness } from './fixtures.js';

const strings = {
  en: { label: 'Main', menu: 'Menu', submenu: 'Who we are submenu', current: ', current section' },
  fr: { label: 'Principale', menu: 'Menu', submenu: 'Sous-menu Who we are', current: ', rubrique actuelle' },
  es: { label: 'Principal', menu: 'Menú', submenu: 'Submenú Who we are', current: ', sección actual' },
  ar: { label: 'الرئيسية', menu: 'القائمة', submenu: 'القائمة الفرعية Who we are', current: '، القسم الحالي' },
};

describe('iom-mega-nav accessibility', () => {
  after(() => setPageLanguage('en'));

  for (const locale of ['en', 'fr', 'es', 'ar'] as const) {
    it(`is axe-clean closed and open, wide and narrow, in ${locale}${locale === 'ar' ? ' (right-to-left)' : ''}`, async () => {
      setPageLanguage(locale);
      await configureIomLocalization();
      const wide = await nav(1100);
      await waitUntil(
        () => wide.shadowRoot!.querySelector('nav')!.getAttribute('aria-label') === strings[locale].label,
        'translated',
      );
      const first = navHarness(wide).toggles[0]!;
      expect(first.textContent!.replace(/\s+/g, ' ').trim()).to.equal(strings[locale].submenu + strings[locale].current);
      await expect(wide).to.be.accessible();
      first.click();
      await wide.updateComplete;
      expect(navHarness(wide).openPanels).to.have.length(1);
      await expect(wide).to.be.accessible();

      const narrow = await nav(500);
      const menu = narrow.shadowRoot!.querySelector<HTMLButtonElement>('.menu-button')!;
      expect(menu.textContent!.trim()).to.equal(strings[locale].menu);
      await expect(narrow).to.be.accessible();
      menu.click();
      await narrow.updateComplete;
      navHarness(narrow).toggles[1]!.click();
      await narrow.updateComplete;
      await expect(narrow).to.be.accessible();
    });
  }

  it('keeps closed panels out of the accessibility tree', async () => {
    const element = await nav(1100);
    for (const panel of element.shadowRoot!.querySelectorAll<HTMLElement>('.panel')) {
      expect(panel.hidden).to.equal(true);
      expect(getComputedStyle(panel).display).to.equal('none');
    }
  });

  it('animates a panel as it opens, when motion is welcome', async () => {
    expect(matchMedia('(prefers-reduced-motion: no-preference)').matches, 'this browser welcomes motion').to.equal(true);
    const element = await nav(1100);
    navHarness(element).toggles[0]!.click();
    await element.updateComplete;
    expect(getComputedStyle(navHarness(element).openPanels[0]!).animationName).to.equal('iom-mega-nav-open');
  });
});
