import type { IomPressContact } from '../../src/iom-press-contact.js';
import { PressContactHarness } from '../../src/press-contact/harness.js';
import { shadowPart, waitUntil } from '../support/helpers.js';

/** The phone or email link, or `null` when the value is shown as text. */
export const link = (el: IomPressContact, field: 'phone' | 'email') =>
  el.shadowRoot!.querySelector<HTMLAnchorElement>(`a[part~="${field}"]`);

export const button = (el: IomPressContact, id: 'copy-phone' | 'copy-email' | 'vcard') =>
  shadowPart<HTMLButtonElement>(el, `button#${id}`);

/** What the polite live region says. */
export const status = (el: IomPressContact) => new PressContactHarness(el).status;

/**
 * Replaces `navigator.clipboard` for one test: `writeText` resolves or rejects, or the whole API is
 * missing (`undefined`), as on a page served over plain http. Returns what was written.
 */
export function stubClipboard(behaviour: 'resolve' | 'reject' | undefined) {
  const written: string[] = [];
  const writeText = async (text: string) => {
    written.push(text);
    if (behaviour === 'reject') throw new DOMException('Write permission denied.', 'NotAllowedError');
  };
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: behaviour ? { writeText } : undefined,
  });
  return { written, restore: () => Reflect.deleteProperty(navigator, 'clipboard') };
}

/** Clicks a copy button and waits for the element to report the result. */
export const copyWith = (el: IomPressContact, id: 'copy-phone' | 'copy-email') =>
  new PressContactHarness(el).copy(id === 'copy-phone' ? 'phone' : 'email');

export interface Download {
  /** The file's text, decoded as UTF-8. */
  text: string;
  bytes: Uint8Array;
  type: string;
  fileName: string;
  /** The anchor's href when clicked, and the URLs revoked afterwards. */
  href: string;
  revoked: string[];
}

/**
 * Runs `action` (which should start a vCard download) with the download intercepted: the Blob
 * handed to `URL.createObjectURL`, the `<a download>` click, and the revocation of the URL.
 */
export async function interceptDownload(action: () => unknown | Promise<unknown>): Promise<Download> {
  const { createObjectURL, revokeObjectURL } = URL;
  const click = HTMLAnchorElement.prototype.click;
  const blobs: Blob[] = [];
  const clicks: Array<{ href: string; download: string }> = [];
  const revoked: string[] = [];
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    blobs.push(blob as Blob);
    return `blob:${location.origin}/stub-${blobs.length}`;
  };
  URL.revokeObjectURL = (url: string) => void revoked.push(url);
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicks.push({ href: this.href, download: this.download });
  };
  try {
    await action();
    await waitUntil(() => revoked.length > 0, 'the object URL is revoked');
  } finally {
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    HTMLAnchorElement.prototype.click = click;
  }
  if (blobs.length !== 1 || clicks.length !== 1) throw new Error(`${blobs.length} blobs, ${clicks.length} clicks`);
  const blob = blobs[0]!;
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return {
    text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
    bytes,
    type: blob.type,
    fileName: clicks[0]!.download,
    href: clicks[0]!.href,
    revoked,
  };
}
