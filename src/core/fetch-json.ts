import { FETCH_SCHEMES, safeUrl } from './safe-url.js';
import { warn } from './warn.js';

/** Why a JSON request produced nothing usable. */
export type FetchFailureReason =
  'unsafe-url' | 'network' | 'timeout' | 'status' | 'content-type' | 'too-large' | 'invalid-json' | 'invalid-shape' | 'aborted';

export type FetchJsonResult<T> = { ok: true; data: T } | { ok: false; reason: FetchFailureReason; detail: string };

export interface FetchJsonOptions<T> {
  /** The element's tag, for the warning. */
  tag: string;
  /** Aborting it cancels the request silently (a newer `src`, a disconnect). */
  signal?: AbortSignal;
  /** Milliseconds before giving up. Default 10 000. */
  timeout?: number;
  /** Largest accepted body in bytes. Default 1 MB. */
  maxBytes?: number;
  /** Turns the parsed JSON into the component's model, or returns a string saying what is wrong with it. */
  validate: (json: unknown) => T | string;
}

export const DEFAULT_TIMEOUT = 10_000;
export const DEFAULT_MAX_BYTES = 1_000_000;
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

class Failure extends Error {
  constructor(
    readonly reason: FetchFailureReason,
    readonly detail: string,
  ) {
    super(detail);
  }
}

/**
 * Fetches a JSON document defensively: allow-listed URL, timeout, status, content type, size cap,
 * parsing and validation. Every failure but an abort is reported with one warning naming the tag
 * and the URL; the caller gets a typed result and never an exception.
 */
export async function fetchJson<T>(src: string, options: FetchJsonOptions<T>): Promise<FetchJsonResult<T>> {
  const { tag, signal, timeout = DEFAULT_TIMEOUT, maxBytes = DEFAULT_MAX_BYTES, validate } = options;
  const controller = new AbortController();
  const cancel = () => controller.abort();
  signal?.addEventListener('abort', cancel);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    const url = safeUrl(src, FETCH_SCHEMES);
    if (url === undefined) throw new Failure('unsafe-url', 'is not an http(s) or relative URL');
    const response = await fetch(url, {
      signal: controller.signal,
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
    }).catch((error: unknown) => {
      throw controller.signal.aborted ? error : new Failure('network', `could not be fetched (${String(error)})`);
    });
    if (!response.ok) throw new Failure('status', `answered HTTP ${response.status}`);
    const type = response.headers.get('content-type') ?? '';
    if (!JSON_TYPE.test(type)) throw new Failure('content-type', `answered ${JSON.stringify(type)}, not JSON`);
    const text = await readText(response, maxBytes);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new Failure('invalid-json', 'answered invalid JSON');
    }
    const data = validate(json);
    if (typeof data === 'string') throw new Failure('invalid-shape', `answered JSON of the wrong shape (${data})`);
    return { ok: true, data };
  } catch (error) {
    const failure =
      error instanceof Failure
        ? error
        : timedOut
          ? new Failure('timeout', `did not answer within ${timeout} ms`)
          : controller.signal.aborted
            ? new Failure('aborted', 'request cancelled')
            : new Failure('network', String(error));
    if (failure.reason !== 'aborted') warn(tag, 'src', src, failure.detail, 'kept the current content');
    return { ok: false, reason: failure.reason, detail: failure.detail };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}

/** Reads the body as UTF-8, refusing it as soon as it passes `maxBytes` (declared or streamed). */
async function readText(response: Response, maxBytes: number): Promise<string> {
  const tooLarge = () => new Failure('too-large', `answered more than ${maxBytes} bytes`);
  if (Number(response.headers.get('content-length')) > maxBytes) throw tooLarge();
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new Blob(chunks as BlobPart[]).text();
}
