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
import type { LocaleModule } from '@lit/localize';
import { resolveLocale, sourceLocale, targetLocales, type IomLocale } from './core/locale.js';
import { loaders, localize } from './core/translations.js';
import { warn } from './core/warn.js';

export { resolveLocale, sourceLocale, targetLocales, type IomLocale };

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
  const load = loaders[locale as keyof typeof loaders] as (() => Promise<LocaleModule>) | undefined;
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
  try {
    configured = localize(options.lang);
  } catch (error) {
    warn(
      'iom-components',
      'configureIomLocalization()',
      String(error),
      'failed because @lit/localize is already configured by the app',
      'merge loadIomTemplates(locale) into its loadLocale instead',
    );
    configured = Promise.resolve();
  }
  return configured;
}
