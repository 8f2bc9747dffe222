import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { textOf, waitUntil } from '../support/helpers.js';

const roots: Root[] = [];

/** Renders `node` with react-dom/client into a fresh container, synchronously. */
export function render(node: ReactNode): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  roots.push(root);
  flushSync(() => root.render(node));
  container.dataset.root = String(roots.length - 1);
  return container;
}

/** Renders `node` again into the container returned by `render`. */
export function rerender(container: HTMLElement, node: ReactNode): void {
  flushSync(() => roots[Number(container.dataset.root)]!.render(node));
}

/** Unmounts every React root and removes the containers (call in `afterEach`). */
export function cleanup(): void {
  for (const root of roots.splice(0)) root.unmount();
  document.querySelectorAll('[data-root]').forEach((container) => container.remove());
}

/** Waits until the text of `element` (collapsed whitespace) is `expected`. */
export async function textBecomes(element: Element, expected: string): Promise<void> {
  await waitUntil(() => textOf(element) === expected, `expected "${expected}", saw "${textOf(element)}"`, {
    timeout: 3000,
  });
}
