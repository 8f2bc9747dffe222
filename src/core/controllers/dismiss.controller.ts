import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { listenToDocument } from '../page.js';

type Host = ReactiveControllerHost & HTMLElement;

/** What asks an open thing to close: Escape pressed inside the host, or a press or focus outside it. */
export type DismissReason = 'escape' | 'outside';

/**
 * Tells its host when what it has open should close, as the WAI-ARIA APG disclosure patterns
 * expect: Escape inside the host, a pointer press outside it, focus moving outside it. The host's
 * `dismiss` returns whether it closed something (Escape is then not left to the page).
 */
export class DismissController implements ReactiveController {
  readonly #host: Host;
  readonly #dismiss: (reason: DismissReason) => boolean;

  constructor(host: Host, dismiss: (reason: DismissReason) => boolean) {
    this.#host = host;
    this.#dismiss = dismiss;
    host.addController(this);
  }

  hostConnected(): void {
    listenToDocument('pointerdown', this.#onPointerDown);
    this.#host.addEventListener('focusout', this.#onFocusOut);
    this.#host.addEventListener('keydown', this.#onKeyDown);
  }

  hostDisconnected(): void {
    listenToDocument('pointerdown', this.#onPointerDown, false);
    this.#host.removeEventListener('focusout', this.#onFocusOut);
    this.#host.removeEventListener('keydown', this.#onKeyDown);
  }

  readonly #onPointerDown = (event: PointerEvent) => {
    if (!event.composedPath().includes(this.#host)) this.#dismiss('outside');
  };

  readonly #onFocusOut = (event: FocusEvent) => {
    // Seen from the host, a move inside its shadow root has the host as its related target.
    // `null`: focus went nowhere in particular (Safari does not focus a button it clicks, a click on
    // text focuses nothing), which is no reason to close; a press outside is seen on pointerdown.
    const next = event.relatedTarget as Node | null;
    if (next && !this.#host.contains(next)) this.#dismiss('outside');
  };

  readonly #onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented && this.#dismiss('escape')) event.preventDefault();
  };
}
