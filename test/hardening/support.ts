import { SAFE_PROTOCOLS } from './xss-corpus.js';

export const TAGS = ['iom-mega-nav', 'iom-news-card', 'iom-press-contact', 'iom-member-counter'] as const;

declare global {
  interface Window {
    __xss?: unknown;
  }
}

/** Every shadow root of our elements inside `root`. */
export function ourShadowRoots(root: ParentNode): ShadowRoot[] {
  return [...root.querySelectorAll(TAGS.join(','))].map((el) => el.shadowRoot!).filter(Boolean);
}

/** Attributes through which an element loads or navigates to a URL. */
const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data', 'background', 'ping'];
/** Elements that run or embed script or change how the document resolves URLs: never ours to render. */
const FORBIDDEN_ELEMENTS =
  'script, iframe, frame, frameset, object, embed, applet, base, meta, link, style, form, template, noscript';

/**
 * What is wrong in the shadow roots: a URL attribute resolving to another scheme than http(s),
 * mailto or tel (or not resolving at all), an event-handler attribute, an element that runs or
 * embeds script. An empty list when all is well.
 */
export function shadowRootProblems(roots: ShadowRoot[]): string[] {
  const problems: string[] = [];
  for (const root of roots) {
    const host = root.host.localName;
    for (const element of root.querySelectorAll('*')) {
      if (element.matches(FORBIDDEN_ELEMENTS)) problems.push(`${host}: <${element.localName}> rendered`);
      for (const { name, value } of element.attributes) {
        if (/^on/i.test(name)) problems.push(`${host}: <${element.localName} ${name}=${JSON.stringify(value)}>`);
        if (name === 'srcdoc' || name === 'style') problems.push(`${host}: <${element.localName} ${name}> rendered`);
        if (!URL_ATTRIBUTES.includes(name)) continue;
        let protocol: string;
        try {
          protocol = new URL(value, document.baseURI).protocol;
        } catch {
          protocol = '(invalid URL)';
        }
        if (!SAFE_PROTOCOLS.includes(protocol))
          problems.push(`${host}: <${element.localName} ${name}=${JSON.stringify(value)}> resolves to ${protocol}`);
      }
    }
  }
  return problems;
}

/** Resolves after `count` animation frames. */
export async function frames(count = 2): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Counts the requests the page makes, so a test can wait until every `src` has answered (or
 * failed) without knowing how long it takes. `stop()` restores `fetch`.
 */
export function trackFetches() {
  const original = window.fetch;
  const pending = new Set<Promise<unknown>>();
  const urls: string[] = [];
  window.fetch = function (this: unknown, ...args: Parameters<typeof fetch>) {
    urls.push(String(args[0]));
    const request = original.apply(this, args);
    const settled = request.then(
      () => undefined,
      () => undefined,
    );
    pending.add(settled);
    void settled.then(() => pending.delete(settled));
    return request;
  } as typeof fetch;
  return {
    urls,
    /**
     * Waits until no request is in flight, including those started while waiting. A request can
     * start a little late (after the lazily imported fetching code has loaded): the network counts
     * as idle once three frames in a row started none.
     */
    async idle(): Promise<void> {
      for (let quiet = 0; quiet < 3;) {
        quiet = pending.size ? 0 : quiet + 1;
        await Promise.all(pending);
        await frames(1); // a body may still be read and rendered
      }
    },
    stop: () => {
      window.fetch = original;
    },
  };
}

/** Records uncaught errors and unhandled rejections until `stop()`. */
export function captureErrors() {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.error ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Creates `tag` with `attributes` set through `setAttribute`, as a page or a CMS would. */
export function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (text !== undefined) element.textContent = text;
  return element;
}
