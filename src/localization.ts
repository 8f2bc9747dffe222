/**
 * Locale set-up for apps that use the npm package.
 *
 * Importing a component never configures `@lit/localize`: that can happen only once per copy of
 * the library, and an app may well use it for its own strings. Either call
 * `configureIomLocalization()` once, or, if the app configures `@lit/localize` itself, merge our
 * translations into its `loadLocale` with `loadIomTemplates(locale)`.
 *
 * @module
 */
import { configureLocalization, type LocaleModule } from '@lit/localize';
import {
  fixPageLanguage,
  observePageLanguage,
  resolveLocale,
  sourceLocale,
  targetLocales,
  type IomLocale,
} from './core/locale.js';
import { warn } from './core/warn.js';

export { resolveLocale, sourceLocale, targetLocales, type IomLocale };

type TargetLocale = (typeof targetLocales)[number];

const loaders: Record<TargetLocale, () => Promise<LocaleModule>> = {
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  ar: () => import('./locales/ar.js'),
};

/**
 * The translations of the components' own strings for `locale` (an exact supported code), to merge
 * into the templates of an app that configures `@lit/localize` itself:
 *
 * ```js
 * loadLocale: async (locale) => ({
 *   templates: { ...(await import(`./locales/${locale}.js`)).templates, ...(await loadIomTemplates(locale)) },
 * })
 * ```
 */
export async function loadIomTemplates(locale: string): Promise<LocaleModule['templates']> {
  const load = loaders[locale as TargetLocale] as (() => Promise<LocaleModule>) | undefined;
  return load ? (await load()).templates : {};
}

let configured: Promise<void> | undefined;

export interface IomLocalizationOptions {
  /**
   * A language tag to use instead of `<html lang>`, which is then not followed: for server
   * rendering (one locale per process, as `@lit/localize` is configured once per process), or a
   * page whose language is not on `<html lang>`.
   */
  lang?: string;
}

/**
 * Configures `@lit/localize` for the components and keeps its locale in step with `<html lang>`
 * (exact tag, then primary subtag, else English). Safe to call more than once.
 *
 * @returns a promise that settles when the page's translations are loaded and shown.
 */
export function configureIomLocalization(options: IomLocalizationOptions = {}): Promise<void> {
  if (configured) return configured;
  if (options.lang) fixPageLanguage(options.lang);
  let setLocale: (locale: string) => Promise<void>;
  try {
    ({ setLocale } = configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => loaders[locale as TargetLocale](),
    }));
  } catch (error) {
    warn(
      'iom-components',
      'configureIomLocalization()',
      String(error),
      'failed because @lit/localize is already configured by the app',
      'merge loadIomTemplates(locale) into its loadLocale instead',
    );
    return (configured = Promise.resolve());
  }
  const follow = () =>
    setLocale(resolveLocale()).catch((error: unknown) =>
      warn('iom-components', 'locale', resolveLocale(), `could not be loaded (${String(error)})`, 'kept the current strings'),
    );
  if (!options.lang) observePageLanguage(() => void follow());
  return (configured = follow());
}
