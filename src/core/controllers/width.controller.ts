import { ownFields } from '../attributes.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

interface WidthOptions {
  /**
   * The element whose width is watched once rendered: a zero-height probe as wide as the host,
   * rather than the host itself, whose height changes with its layout and would re-trigger the
   * observer within the frame (the "ResizeObserver loop" error a host page may report).
   */
  probe: () => Element | null;
  /** Whether a new width changes what the host shows: only then does it update. */
  matters: (width: number) => boolean;
}

/** The width of its host in px, followed with a ResizeObserver while the host is in the page. */
export class WidthController implements ReactiveController {
  /** The last width measured; `Infinity` before the first. */
  value = Infinity;

  readonly #host: Host;
  readonly #options: WidthOptions;
  // Made on first connection: server rendering has no ResizeObserver.
  #observer: ResizeObserver | undefined;

  constructor(host: Host, options: WidthOptions) {
    this.#host = host;
    this.#options = ownFields(options);
    host.addController(this);
  }

  /**
   * Measures the host now, for a first render that already has the layout of its width: the
   * observer's first report comes after a layout, which a page would record as a layout shift.
   */
  measure(): void {
    this.value = this.#host.getBoundingClientRect().width || Infinity;
  }

  hostConnected(): void {
    this.#observer ??= new ResizeObserver(([entry]) => {
      this.value = entry!.contentRect.width;
      if (this.#options.matters(this.value)) this.#host.requestUpdate();
    });
    // Observing from a render that runs after a disconnect would outlive the host's stay in the page.
    void this.#host.updateComplete.then(() => {
      const probe = this.#options.probe();
      if (this.#host.isConnected && probe) this.#observer!.observe(probe);
    });
  }

  hostDisconnected(): void {
    this.#observer!.disconnect();
  }
}
