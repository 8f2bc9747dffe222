import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ownFields } from '../attributes.js';
import type { FetchJsonOptions, FetchJsonResult } from '../fetch-json.js';
import { FETCH_SCHEMES, safeUrl } from '../safe-url.js';

interface SourceOptions<T> extends Omit<FetchJsonOptions<T>, 'signal' | 'consequence'> {
  /**
   * What the host shows when a `src` fails, for the warning (`showed the light-DOM navigation`):
   * `value` is then cleared. Without it, `value` keeps the last good answer ("kept the current content").
   */
  fallback?: string;
}

/**
 * Keeps an element's `src` JSON loaded: a new URL cancels the request in flight, a disconnect
 * cancels it too and a reconnect resumes it. While a new URL loads, `value` keeps the previous
 * answer (no flash of fallback content). When it fails, `value` keeps the last good answer, or,
 * with `keepOnFailure: false`, is cleared so the element shows its own fallback (the `fallback` option says which).
 *
 * The URL is checked against the allow-list at once; the fetching code is imported on the first
 * allowed `src`, so pages that give none never download it.
 */
export class JsonSourceController<T> implements ReactiveController {
  /** The last successfully loaded and validated answer. */
  value: T | undefined;
  #url: string | undefined;
  #request: AbortController | undefined;
  #loaded = false;
  /** Requests run only while the host is in the page: one started while it is out would never be cancelled. */
  #connected = false;
  readonly #host: ReactiveControllerHost;
  readonly #options: SourceOptions<T>;
  /** What the warning of a failed `src` says happened. */
  readonly #consequence: string;

  constructor(host: ReactiveControllerHost, options: SourceOptions<T>) {
    this.#host = host;
    // Without a prototype, an option left out stays out (see `ownFields`), here and in `fetchJson`'s defaults.
    this.#options = ownFields(options);
    this.#consequence = this.#options.fallback ?? 'kept the current content';
    host.addController(this);
  }

  /** Points the controller at a URL; an empty or missing one clears the loaded value. */
  setUrl(url: string | null | undefined): void {
    const next = url?.trim() || undefined;
    if (next === this.#url) return;
    this.#url = next;
    this.#loaded = false;
    if (next === undefined) this.value = undefined;
    if (this.#connected) void this.#load(); // else `hostConnected` loads it
  }

  hostConnected(): void {
    this.#connected = true;
    if (!this.#loaded && !this.#request) void this.#load();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#request?.abort();
    this.#request = undefined;
  }

  async #load(): Promise<void> {
    this.#request?.abort();
    this.#request = undefined;
    const src = this.#url;
    // Server rendering shows the fallback content; the browser loads `src` after hydration.
    if (src === undefined || isServer) return;
    const request = (this.#request = new AbortController());
    const url = safeUrl(src, FETCH_SCHEMES);
    const { warn } = this.#options;
    const fail = (problem: string): FetchJsonResult<T> => {
      warn('src', src, problem, this.#consequence);
      return { ok: false, problem };
    };
    const result: FetchJsonResult<T> = url
      ? await import('../fetch-json.js').then(
          ({ fetchJson }) =>
            fetchJson(url, src, ownFields({ ...this.#options, consequence: this.#consequence, signal: request.signal })),
          (error: unknown) => fail(`could not be fetched (${String(error)})`),
        )
      : fail('is not an http(s) or relative URL');
    if (request !== this.#request) return; // superseded or disconnected meanwhile
    this.#request = undefined;
    this.#loaded = true;
    if (result.ok) this.value = result.data;
    else if (this.#options.fallback !== undefined) this.value = undefined;
    this.#host.requestUpdate();
  }
}
