import { documentBase } from './page.js';

/** Schemes a link or an image may use. Anything else (`javascript:`, `data:`, `vbscript:`, `file:` …) is dropped. */
export const LINK_SCHEMES: readonly string[] = ['http:', 'https:', 'mailto:', 'tel:'];
/** Schemes a JSON `src` may be fetched from. */
export const FETCH_SCHEMES: readonly string[] = ['http:', 'https:'];

/**
 * The one allow-list for every URL the library puts into `href`, `src` or `fetch()`.
 *
 * The scheme is read by the browser's own URL parser, so whatever tricks the parser forgives
 * (mixed case, leading spaces or control characters, tabs and newlines inside the scheme) are
 * seen exactly as a click would see them. Relative URLs (`/path`, `page.html`, `?q`, `#id`,
 * `//host/path`) carry no scheme of their own and resolve against the page, so they are kept.
 *
 * @returns the URL, trimmed of the spaces and control characters a browser ignores, or
 *   `undefined` when it is empty, does not resolve to a URL, or its scheme is not allowed.
 */
export function safeUrl(raw: string | null | undefined, schemes: readonly string[] = LINK_SCHEMES): string | undefined {
  if (typeof raw !== 'string') return undefined;
  // The URL standard strips leading and trailing C0 controls and spaces before parsing. The end is
  // found by a loop: `/[\0- ]+$/` starts again at every space of a long run inside the URL.
  let end = raw.length;
  while (end && raw.charCodeAt(end - 1) <= 0x20) end--;
  // eslint-disable-next-line no-control-regex
  const url = raw.slice(0, end).replace(/^[\u0000-\u0020]+/, '');
  if (url === '') return undefined;
  // No colon at all: no scheme and no port to check (the common case, parsed for free), unless it
  // names a host (`//host`, `\\host`), which must then be one: `//` or `//a b` resolve to nothing.
  if (!url.includes(':') && !/^[/\\]{2}/.test(url)) return url;
  // Written exactly `tel:` or `mailto:`: that is the scheme, and such a URL always parses.
  const written = /^(?:tel|mailto):/.exec(url)?.[0];
  if (written) return schemes.includes(written) ? url : undefined;
  let scheme: string;
  try {
    // Resolved as a click would resolve it: against the page. A string that does not resolve at all
    // (`https:javascript:…` on an http page, `//javascript:…`) is no link, so it is dropped too.
    scheme = new URL(url, documentBase()).protocol;
  } catch {
    return undefined;
  }
  return schemes.includes(scheme) ? url : undefined;
}
