/*
 * The arrow-key model of the APG disclosure navigation: between top-level items (marked
 * `data-top`), and through the links of an open panel in reading order. No wrap-around: past
 * either end, focus stays. Left and Right swap under right-to-left.
 */

/** Where `key` moves focus from `origin`, or `undefined` when the key is not ours. */
export function arrowTarget(root: ShadowRoot, origin: HTMLElement, key: string, rtl: boolean): HTMLElement | undefined {
  const step = (
    { ArrowDown: 1, ArrowUp: -1, ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1, Home: -1e9, End: 1e9 } as Record<
      string,
      number
    >
  )[key];
  if (!step) return undefined;
  const panel = origin.closest('.panel');
  const items = [...(panel ?? root).querySelectorAll<HTMLElement>(panel ? 'a' : '[data-top]')];
  const index = items.indexOf(origin);
  if (index < 0) return undefined;
  // Down on the button of an open panel goes to its first link.
  if (!panel && key === 'ArrowDown' && origin.ariaExpanded === 'true')
    return root.getElementById(origin.getAttribute('aria-controls')!)!.querySelector('a')!;
  return items[Math.min(items.length - 1, Math.max(0, index + step))];
}
