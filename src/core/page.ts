/*
 * What the components read from the page's `document`, through the DOM's own getters.
 *
 * An <img>, <form>, <embed>, <object> or <iframe> with a `name` becomes a property of `document`
 * that shadows the built-in one (DOM clobbering): `<img name="baseURI">` in a CMS article makes
 * `document.baseURI` that image. The getters on the prototypes cannot be shadowed, so they are
 * captured here, once, and called on the document. (`document` itself, `location` and what the
 * window has of its own cannot be shadowed: an element's `id` only stands for a global that does not exist.)
 */

const doc = globalThis.document as Document | undefined;
const getter = <T>(prototype: object, name: string) =>
  Object.getOwnPropertyDescriptor(prototype, name)!.get as (this: Document) => T;
// No document when server-rendered (and no `Node` either): no getter to capture.
const base = doc && getter<string>(Node.prototype, 'baseURI');
const root = doc && getter<HTMLElement | null>(Document.prototype, 'documentElement');

/** The URL the page's relative links resolve against; `https://localhost/` without a document (server rendering). */
export const documentBase = (): string => base?.call(doc!) ?? 'https://localhost/';

/** The page's root element (`<html>`), whose `lang` is the page language; `undefined` without a document. */
export const documentRoot = (): HTMLElement | null | undefined => root?.call(doc!);

/**
 * `document.addEventListener(type, listener)`, or with `on` false `removeEventListener`. The
 * methods are read from the prototype at each call (a named element can shadow them on `document`,
 * not on `EventTarget.prototype`).
 */
export function listenToDocument<K extends keyof DocumentEventMap>(
  type: K,
  listener: (event: DocumentEventMap[K]) => void,
  on = true,
): void {
  const { addEventListener, removeEventListener } = EventTarget.prototype;
  (on ? addEventListener : removeEventListener).call(doc, type, listener as EventListener);
}
