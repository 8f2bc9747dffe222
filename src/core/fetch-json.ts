import { ownFields } from './attributes.js';
import type { Warn } from './warn.js';

/** The data, or why there is none: `problem` is what the warning said, absent when the request was cancelled. */
export type FetchJsonResult<T> = { ok: true; data: T } | { ok: false; problem?: string };

export interface FetchJsonOptions<T> {
  /** The element's `warn`. */
  warn: Warn;
  /** What the element does when the request fails, for the warning: `kept the current content`. */
  consequence: string;
  /** Aborting it cancels the request silently (a newer `src`, a disconnect). */
  signal?: AbortSignal;
  /** Milliseconds before giving up. Default 10 000. */
  timeout?: number;
  /** Largest accepted body in bytes. Default 1 MB. */
  maxBytes?: number;
  /** Turns the parsed JSON into the component's model, or returns a string saying what is wrong with it. */
  validate: (json: unknown) => T | string;
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * Fetches a JSON document defensively: timeout, status, content type, size cap, parsing and
 * validation. `url` has passed the allow-list (`safeUrl(src, FETCH_SCHEMES)`); `src` is what the
 * page wrote, for the warning. Every failure but a cancellation is reported with one warning naming
 * the tag and `src`; the caller gets a result and never an exception.
 */
export async function fetchJson<T>(
  url: string,
  src: string,
  { warn, consequence, signal, timeout = 10_000, maxBytes = 1_000_000, validate }: FetchJsonOptions<T>,
): Promise<FetchJsonResult<T>> {
  const request = new AbortController();
  const cancel = () => request.abort();
  signal?.addEventListener('abort', cancel);
  if (signal?.aborted) cancel(); // cancelled while this module loaded
  const timer = setTimeout(cancel, timeout);
  // Problems are thrown as the warning's text; anything else thrown is the browser's own error.
  try {
    // Without a prototype: a `method` or an `integrity` on Object.prototype would be read as options.
    const init = ownFields<RequestInit>({
      signal: request.signal,
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
    });
    const response = await fetch(url, init).catch((error: unknown) => {
      throw request.signal.aborted ? error : `could not be fetched (${String(error)})`;
    });
    if (!response.ok) throw `answered HTTP ${response.status}`;
    const type = response.headers.get('content-type') ?? '';
    if (!JSON_TYPE.test(type)) throw `answered ${JSON.stringify(type)}, not JSON`;
    const text = await readText(response, maxBytes);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw 'answered invalid JSON';
    }
    const data = validate(json);
    if (typeof data === 'string') throw `answered JSON of the wrong shape (${data})`;
    return { ok: true, data };
  } catch (error) {
    if (signal?.aborted) return { ok: false };
    const problem =
      typeof error === 'string' ? error : request.signal.aborted ? `did not answer within ${timeout} ms` : String(error);
    warn('src', src, problem, consequence);
    return { ok: false, problem };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}

/** Reads the body as UTF-8, refusing it as soon as it passes `maxBytes` (declared or streamed). */
async function readText(response: Response, maxBytes: number): Promise<string> {
  const tooLarge = `answered more than ${maxBytes} bytes`;
  if (Number(response.headers.get('content-length')) > maxBytes) throw tooLarge;
  const chunks: Uint8Array[] = [];
  // Streamed, so that an endless or huge body is cut off instead of filling memory.
  const reader = response.body?.getReader();
  for (let size = 0; reader;) {
    const { done, value } = await reader.read();
    if (done) break;
    if ((size += value.byteLength) > maxBytes) {
      void reader.cancel();
      throw tooLarge;
    }
    chunks.push(value);
  }
  return new Blob(chunks as BlobPart[]).text();
}
