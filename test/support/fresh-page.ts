/*
 * A page of its own for one test: a same-origin iframe that evaluates the library itself, so it
 * gets its own copy of Lit. Nothing in it has had focus or a user gesture yet.
 */

export interface FreshPage {
  window: Window & typeof globalThis;
  document: Document;
  remove(): void;
}

/**
 * Opens an empty page and loads `module` (a path of the dev server, e.g. `/src/iom-mega-nav.ts`) in it.
 * With `trustedTypes: false` the page has no `window.trustedTypes`, as in a browser without Trusted
 * Types: Lit reads it once, when it is evaluated, so it must be gone before the module loads.
 */
export async function freshPage(module: string, { trustedTypes = true } = {}): Promise<FreshPage> {
  const frame = document.createElement('iframe');
  frame.srcdoc = '<!doctype html><html lang="en"><head></head><body></body></html>';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  if (!trustedTypes) Object.defineProperty(win, 'trustedTypes', { value: undefined, configurable: true });
  await new Promise((resolve, reject) => {
    const script = win.document.createElement('script');
    script.type = 'module';
    script.src = new URL(module, location.href).href;
    script.addEventListener('load', resolve);
    script.addEventListener('error', () => reject(new Error(`${module} did not load in the fresh page`)));
    win.document.head.append(script);
  });
  return { window: win, document: win.document, remove: () => frame.remove() };
}
