import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ownFields } from '../core/attributes.js';
import type { Warn } from '../core/warn.js';
import { readLightDom } from './light-dom.js';
import type { NavSection } from './mega-nav.model.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Only the attributes the list is read from: not the host's own (`src`, `current`…). */
const WATCHED = ownFields<MutationObserverInit>({
  childList: true,
  subtree: true,
  characterData: true,
  attributeFilter: ['href', 'id', 'slot'],
});

/**
 * The navigation authored in its host's light DOM, followed while the host is in the page. The list
 * is read again only when asked for after it changed: however many edits, at most once per update,
 * and never while the host shows something else. Edits inside the host's slotted content (the logo,
 * the actions) are no change to the list.
 */
export class LightDomController implements ReactiveController {
  readonly #host: Host;
  readonly #warn: Warn;
  #sections: NavSection[] | undefined;
  /** Set on connection (never during server rendering, which has no light DOM to read). */
  #changed = false;
  #observer: MutationObserver | undefined;

  constructor(host: Host, warn: Warn) {
    this.#host = host;
    this.#warn = warn;
    host.addController(this);
  }

  /** The valid sections of the light-DOM list, `undefined` without one. */
  get sections(): NavSection[] | undefined {
    if (this.#changed) this.#sections = readLightDom(this.#host, this.#warn);
    this.#changed = false;
    return this.#sections;
  }

  hostConnected(): void {
    // Disconnected, it saw no change: what happened meanwhile is read on the next update.
    this.#onChange([]);
    (this.#observer ??= new MutationObserver((records) => this.#onChange(records))).observe(this.#host, WATCHED);
  }

  hostDisconnected(): void {
    this.#observer!.disconnect();
  }

  #onChange(records: MutationRecord[]): void {
    if (records.length && records.every((record) => record.attributeName !== 'slot' && this.#inSlotted(record.target))) return;
    this.#changed = true;
    this.#host.requestUpdate();
  }

  /** Whether `node` is inside one of the host's slotted children. */
  #inSlotted(node: Node | null): boolean {
    while (node && node.parentNode !== this.#host) node = node.parentNode;
    return node instanceof Element && node.hasAttribute('slot');
  }
}
