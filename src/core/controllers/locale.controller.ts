import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LOCALE_STATUS_EVENT, type LocaleStatusEventDetail } from '@lit/localize';
import { formattingLocale, observePageLanguage, resolveLocale, type IomLocale } from '../locale.js';

/** The hosts in the page: one window listener and one MutationObserver serve them all. */
const hosts = new Set<ReactiveControllerHost>();
const updateHosts = () => hosts.forEach((host) => host.requestUpdate());
const onLocaleStatus = (event: Event) => {
  if ((event as CustomEvent<LocaleStatusEventDetail>).detail.status === 'ready') updateHosts();
};
let stopObserving: (() => void) | undefined;

/**
 * Re-renders its host, while it is in the page, whenever the translations (`@lit/localize` ready)
 * or `<html lang>` (dates and numbers) change, and tells it which locales apply.
 */
export class LocaleController implements ReactiveController {
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The page locale for `Intl` formatting (`fr-CA` stays `fr-CA`). */
  get formatting(): string {
    return formattingLocale();
  }

  /** The supported locale whose translations and plural rules apply. */
  get ui(): IomLocale {
    return resolveLocale();
  }

  hostConnected(): void {
    if (hosts.size === 0) {
      stopObserving = observePageLanguage(updateHosts);
      window.addEventListener(LOCALE_STATUS_EVENT, onLocaleStatus);
    }
    hosts.add(this.#host);
  }

  hostDisconnected(): void {
    if (hosts.delete(this.#host) && hosts.size === 0) {
      stopObserving?.();
      window.removeEventListener(LOCALE_STATUS_EVENT, onLocaleStatus);
    }
  }
}
