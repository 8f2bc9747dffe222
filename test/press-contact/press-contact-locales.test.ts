import { expect } from '@open-wc/testing';
import '../../src/iom-press-contact.js';
import type { IomPressContact } from '../../src/iom-press-contact.js';
import { configureIomLocalization } from '../../src/localization.js';
import { fixture, html, setPageLanguage, shadowPart, textOf, waitUntil } from '../support/helpers.js';
import { button, copyWith, status, stubClipboard } from './support.js';

interface Strings {
  heading: string;
  copy: string;
  copied: string;
  notCopied: string;
  vcard: string;
  announcedCopied: string;
  announcedNotCopied: string;
}

const locales: Record<'en' | 'fr' | 'es' | 'ar', Strings> = {
  en: {
    heading: 'Press contact',
    copy: 'Copy',
    copied: 'Copied',
    notCopied: 'Not copied',
    vcard: 'Download vCard',
    announcedCopied: 'Copied to the clipboard',
    announcedNotCopied: 'Could not copy. The text is selected: copy it yourself.',
  },
  fr: {
    heading: 'Contact presse',
    copy: 'Copier',
    copied: 'Copié',
    notCopied: 'Non copié',
    vcard: 'Télécharger la vCard',
    announcedCopied: 'Copié dans le presse-papiers',
    announcedNotCopied: 'Copie impossible. Le texte est sélectionné\u00a0: copiez-le vous-même.',
  },
  es: {
    heading: 'Contacto de prensa',
    copy: 'Copiar',
    copied: 'Copiado',
    notCopied: 'No copiado',
    vcard: 'Descargar vCard',
    announcedCopied: 'Copiado al portapapeles',
    announcedNotCopied: 'No se pudo copiar. El texto está seleccionado: cópielo usted mismo.',
  },
  ar: {
    heading: 'جهة الاتصال الإعلامي',
    copy: 'نسخ',
    copied: 'تم النسخ',
    notCopied: 'لم يتم النسخ',
    vcard: 'تنزيل بطاقة vCard',
    announcedCopied: 'تم النسخ إلى الحافظة',
    announcedNotCopied: 'تعذّر النسخ. النص محدد: انسخه بنفسك.',
  },
};

const liz = () =>
  fixture<IomPressContact>(
    html`<iom-press-contact
      name="Liz Lizama"
      office="OIM Washington"
      phone="+1 202 716 8820"
      email="elizama@iom.int"
    ></iom-press-contact>`,
  );

describe('iom-press-contact in four locales', () => {
  let clipboard: ReturnType<typeof stubClipboard> | undefined;
  afterEach(() => {
    clipboard?.restore();
    getSelection()?.removeAllRanges();
  });
  after(() => setPageLanguage('en'));

  for (const [lang, strings] of Object.entries(locales)) {
    describe(lang, () => {
      beforeEach(async () => {
        setPageLanguage(lang);
        await configureIomLocalization();
        const probe = await liz();
        await waitUntil(() => textOf(shadowPart(probe, '[part="heading"]')) === strings.heading, `${lang} translations loaded`);
      });

      it('shows the heading and buttons in the page language', async () => {
        const el = await liz();
        expect(textOf(shadowPart(el, '[part="heading"]'))).to.equal(strings.heading);
        expect(textOf(button(el, 'copy-phone'))).to.equal(strings.copy);
        expect(textOf(button(el, 'copy-email'))).to.equal(strings.copy);
        expect(textOf(button(el, 'vcard'))).to.equal(strings.vcard);
      });

      it('announces a copy in the page language', async () => {
        clipboard = stubClipboard('resolve');
        const el = await liz();
        await copyWith(el, 'copy-phone');
        await el.updateComplete;
        expect(status(el)).to.equal(strings.announcedCopied);
        expect(textOf(button(el, 'copy-phone'))).to.equal(strings.copied);
      });

      it('announces a refused copy in the page language', async () => {
        clipboard = stubClipboard('reject');
        const el = await liz();
        await copyWith(el, 'copy-email');
        await el.updateComplete;
        expect(status(el)).to.equal(strings.announcedNotCopied);
        expect(textOf(button(el, 'copy-email'))).to.equal(strings.notCopied);
        expect(getSelection()!.toString()).to.equal('elizama@iom.int');
      });

      it('passes axe, including after a copy', async () => {
        clipboard = stubClipboard('resolve');
        const el = await liz();
        await expect(el).to.be.accessible();
        await copyWith(el, 'copy-email');
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    });
  }

  it('follows a change of <html lang> on a rendered contact', async () => {
    setPageLanguage('fr');
    await configureIomLocalization();
    const el = await liz();
    expect(textOf(shadowPart(el, '[part="heading"]'))).to.equal('Contact presse');
    setPageLanguage('ar');
    await waitUntil(() => textOf(shadowPart(el, '[part="heading"]')) === locales.ar.heading, 'Arabic heading');
    expect(getComputedStyle(shadowPart(el, '.base')!).direction).to.equal('rtl');
  });
});
