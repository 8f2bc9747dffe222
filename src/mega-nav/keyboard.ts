/*
 * The arrow-key model of the APG disclosure navigation: between top-level items (marked
 * `data-top`), and through the links of an open panel in reading order. No wrap-around: past
 * either end, focus stays. Left and Right swap under right-to-left.
 */

/** Where `key` moves focus from `origin`, or `undefined` when the key is not ours. */
export function arrowTarget(root: ShadowRoot, origin: HTMLElement, key: string, rtl: boolean): HTMLElement | undefined {
  const forward = key === 'ArrowDown' || key === (rtl ? 'ArrowLeft' : 'ArrowRight');
  const backward = key === 'ArrowUp' || key === (rtl ? 'ArrowRight' : 'ArrowLeft');
  if (!forward && !backward && key !== 'Home' && key !== 'End') return undefined;
  const panel = origin.closest('.panel');
  if (panel) return step([...panel.querySelectorAll('a')], origin, key, forward);
  if (!origin.hasAttribute('data-top')) return undefined;
  if (key === 'ArrowDown' && origin.getAttribute('aria-expanded') === 'true')
    return root.getElementById(origin.getAttribute('aria-controls') ?? '')?.querySelector('a') ?? origin;
  return step([...root.querySelectorAll<HTMLElement>('[data-top]')], origin, key, forward);
}

function step(items: HTMLElement[], origin: HTMLElement, key: string, forward: boolean): HTMLElement | undefined {
  const index = items.indexOf(origin);
  if (index < 0) return undefined;
  if (key === 'Home') return items[0];
  if (key === 'End') return items[items.length - 1];
  return items[Math.min(items.length - 1, Math.max(0, index + (forward ? 1 : -1)))];
}
