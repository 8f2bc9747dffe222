import { expect, html, fixture, waitUntil as waitUntilOpenWc } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/** Records `console.warn` calls (still silencing them) until `stop()`. */
export function captureWarnings() {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return {
    messages,
    stop: () => {
      console.warn = original;
    },
  };
}

/** Runs `action` and returns the warnings it produced. */
export async function warningsDuring(action: () => unknown | Promise<unknown>): Promise<string[]> {
  const capture = captureWarnings();
  try {
    await action();
  } finally {
    capture.stop();
  }
  return capture.messages;
}

/** Sets `<html lang>` (and `dir`) as a host page would. */
export function setPageLanguage(lang: string, dir: 'ltr' | 'rtl' = lang.startsWith('ar') ? 'rtl' : 'ltr') {
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
}

/** The suite's one text helper and one way into a shadow root, shared with the harnesses. */
export { shadowPart, shadowParts, textOf } from '../../src/core/harness.js';

/**
 * Whether a person sees `element`: it exists and has a box. A `<slot>` has no box of its own
 * (display: contents) but shows its content, so it counts as shown.
 */
export const isShown = (element: Element | null): boolean =>
  element !== null && (element.localName === 'slot' || element.checkVisibility());

/**
 * Hidden from sight but still rendered, so still in the accessibility tree: clipped to nothing
 * (`clip-path: inset(50%)`) in a 1 × 1 px box, never `display: none` or `visibility: hidden`.
 */
export function expectVisuallyHidden(element: Element): void {
  const style = getComputedStyle(element);
  expect([style.clipPath, style.overflow, style.position, style.visibility]).to.deep.equal([
    'inset(50%)',
    'hidden',
    'absolute',
    'visible',
  ]);
  expect(element.checkVisibility()).to.equal(true);
  const box = element.getBoundingClientRect();
  expect([box.width, box.height]).to.deep.equal([1, 1]);
}

/**
 * `waitUntil` of @open-wc/testing, waiting 5 s by default rather than 1 s: three engines share the
 * machine's cores in one run, and a page under that load may take more than a second to answer.
 * Nothing is timed: a condition that holds ends the wait at once.
 */
export function waitUntil(
  predicate: () => unknown,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return waitUntilOpenWc(predicate, message, { timeout: 5000, ...options });
}

export { html, fixture, type TemplateResult };
