/*
 * What the test harnesses of every component share (`<component>/harness.ts`, as Material Web's): they
 * read an element the way a person does (its text, its parts, its ARIA state) and act as a person
 * does, for the tests and the stories' play functions alike. Not part of any element.
 */

/** The text a person reads in `node`: whitespace collapsed, as a screen reader says it. */
export const textOf = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The first element of `host`'s shadow root matching `selector`, if it is rendered. */
export function shadowPart<E extends Element = HTMLElement>(host: Element, selector: string): E | null {
  return host.shadowRoot?.querySelector<E>(selector) ?? null;
}

/** Every element of `host`'s shadow root matching `selector`. */
export function shadowParts<E extends Element = HTMLElement>(host: Element, selector: string): E[] {
  return [...(host.shadowRoot?.querySelectorAll<E>(selector) ?? [])];
}

/** A harness over one element: what every component's harness starts from. */
export class Harness<E extends HTMLElement & { updateComplete: Promise<boolean> }> {
  constructor(readonly element: E) {}

  /** The element's shadow root. */
  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  /** The element inside its shadow root that has focus, if any. */
  get focused(): HTMLElement | null {
    return this.root.activeElement as HTMLElement | null;
  }

  /** Clicks `target` (a real click event, as a pointer gives) and waits for the element's update. */
  async click(target: HTMLElement): Promise<void> {
    target.click();
    await this.element.updateComplete;
  }
}
