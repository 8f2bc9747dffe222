import { configureLocalization, type LocaleModule } from '@lit/localize';
import { fixPageLanguage, observePageLanguage, resolveLocale, sourceLocale, targetLocales } from './locale.js';
import { warn } from './warn.js';

type TargetLocale = (typeof targetLocales)[number];

/** Each translation, a chunk of its own, loaded when the page needs it. */
export const loaders: Record<TargetLocale, () => Promise<LocaleModule>> = {
  fr: () => import('../locales/fr.js'),
  es: () => import('../locales/es.js'),
  ar: () => import('../locales/ar.js'),
};

/**
 * Configures `@lit/localize` with the components' translations and keeps its locale in step with
 * `<html lang>` (exact tag, then primary subtag, else English), or fixes it to `lang`. Throws when
 * `@lit/localize` is configured already: the CDN bundle, with its private copy, never is.
 *
 * @returns a promise that settles when the page's translations are loaded and shown.
 */
export function localize(lang?: string): Promise<void> {
  if (lang) fixPageLanguage(lang);
  const { setLocale } = configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: (locale) => loaders[locale as TargetLocale](),
  });
  const follow = () =>
    setLocale(resolveLocale()).catch((error: unknown) =>
      warn('iom-components', 'locale', resolveLocale(), `could not be loaded (${String(error)})`, 'kept the current strings'),
    );
  if (!lang) observePageLanguage(() => void follow());
  return follow();
}
