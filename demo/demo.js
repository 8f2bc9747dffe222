/*
 * Demo page language switcher: sets <html lang> and dir, so one can watch the components follow
 * (translated UI strings, number and date formats, right-to-left layout for Arabic).
 * `?lang=ar` in the address starts the page in that language.
 */
const RTL = new Set(['ar']);
/** This page ("Who we are") in each language's navigation file, so the nav marks it as current. */
const THIS_PAGE = { fr: '/fr/qui-sommes-nous', en: '/en/who-we-are', es: '/es/quienes-somos', ar: '/ar/who-we-are' };
const buttons = [...document.querySelectorAll('.lang-switcher button[data-lang]')];

function setLanguage(lang) {
  const root = document.documentElement;
  root.lang = lang;
  root.dir = RTL.has(lang) ? 'rtl' : 'ltr';
  document.querySelector('iom-mega-nav')?.setAttribute('current', THIS_PAGE[lang]);
  for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
}

for (const button of buttons) {
  button.addEventListener('click', () => {
    const lang = button.dataset.lang;
    setLanguage(lang);
    const url = new URL(location.href);
    url.searchParams.set('lang', lang);
    history.replaceState(null, '', url);
  });
}

const requested = new URLSearchParams(location.search).get('lang');
if (requested && buttons.some((button) => button.dataset.lang === requested)) setLanguage(requested);
