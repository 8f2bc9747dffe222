import { allLocales, sourceLocale } from '../locales/locale-codes.js';
import { ownFields } from './attributes.js';
import { cached } from './intl.js';
import { documentRoot } from './page.js';

export { sourceLocale, targetLocales } from '../locales/locale-codes.js';
/** A locale the components are translated into (`lit-localize.json`, XLIFF files in `xliff/`). */
export type IomLocale = (typeof allLocales)[number];

const supported: readonly string[] = allLocales;

let fixedLanguage: string | undefined;

/** Sets the page language instead of `<html lang>` (server rendering has no document); `undefined` undoes it. */
export function fixPageLanguage(tag: string | undefined): void {
  fixedLanguage = tag;
}

/** The page's language tag as the host page declares it on `<html lang>`, `en` when absent. */
export function pageLanguage(): string {
  return fixedLanguage ?? (documentRoot()?.lang.trim() || sourceLocale);
}

/**
 * The supported locale for a language tag: the exact tag, then its primary subtag, else English.
 * `fr-CA` → `fr`, `AR` → `ar`, `de` → `en`.
 */
export function resolveLocale(tag: string = pageLanguage()): IomLocale {
  const lower = tag.trim().toLowerCase();
  if (supported.includes(lower)) return lower as IomLocale;
  const primary = lower.split(/[-_]/)[0] ?? '';
  return (supported.includes(primary) ? primary : sourceLocale) as IomLocale;
}

const canonical = new Map<string, string>();

/** The language tag for `Intl` formatters: the page's own tag when valid (`fr-CA` keeps its region). Cached per tag: every render asks. */
export function formattingLocale(): string {
  const tag = pageLanguage();
  return cached(canonical, tag, () => {
    try {
      return Intl.getCanonicalLocales(tag)[0] ?? sourceLocale;
    } catch {
      return resolveLocale(tag);
    }
  });
}

type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever `<html lang>` changes. One MutationObserver serves every subscriber;
 * it exists only while someone listens. Returns the unsubscribe function.
 */
export function observePageLanguage(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(documentRoot()!, ownFields<MutationObserverInit>({ attributes: true, attributeFilter: ['lang'] }));
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
