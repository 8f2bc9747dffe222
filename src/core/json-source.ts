import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { fetchJson, type FetchJsonOptions } from './fetch-json.js';

/**
 * Keeps an element's `src` JSON loaded: a new URL cancels the request in flight, a disconnect
 * cancels it too and a reconnect resumes it. While a new URL loads, `value` keeps the previous
 * answer (no flash of fallback content). When it fails, `value` keeps the last good answer, or,
 * with `keepOnFailure: false`, is cleared so the element shows its own fallback.
 */
export class JsonSourceController<T> implements ReactiveController {
  /** The last successfully loaded and validated answer. */
  value: T | undefined;
  private url: string | undefined;
  private request: AbortController | undefined;
  private loaded = false;
  /** Requests run only while the host is in the page: one started while it is out would never be cancelled. */
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: Omit<FetchJsonOptions<T>, 'signal'> & { keepOnFailure?: boolean },
  ) {
    host.addController(this);
  }

  /** Points the controller at a URL; an empty or missing one clears the loaded value. */
  setUrl(url: string | null | undefined): void {
    const next = url?.trim() || undefined;
    if (next === this.url) return;
    this.url = next;
    this.loaded = false;
    if (next === undefined) this.value = undefined;
    if (this.connected) this.load(); // else `hostConnected` loads it
  }

  hostConnected(): void {
    this.connected = true;
    if (!this.loaded && !this.request) this.load();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.request?.abort();
    this.request = undefined;
  }

  private async load(): Promise<void> {
    this.request?.abort();
    this.request = undefined;
    const url = this.url;
    // Server rendering shows the fallback content; the browser loads `src` after hydration.
    if (url === undefined || isServer) return;
    const request = (this.request = new AbortController());
    const result = await fetchJson(url, { ...this.options, signal: request.signal });
    if (request !== this.request) return; // superseded or disconnected meanwhile
    this.request = undefined;
    this.loaded = true;
    if (result.ok) this.value = result.data;
    else if (this.options.keepOnFailure === false) this.value = undefined;
    this.host.requestUpdate();
  }
}
