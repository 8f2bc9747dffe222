import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ownFields } from '../core/attributes.js';
import { warn } from '../core/warn.js';

/**
 * The most elements counting at the same time. A page has one to three counters; a page with a
 * thousand (a careless template in a loop) would otherwise render every one of them in every frame.
 */
export const MAX_COUNTING = 20;

type Host = ReactiveControllerHost & HTMLElement;

interface CountUpOptions {
  /** The count's length in ms, read when it starts (and, to skip it at 0, on each update before). */
  duration: () => number;
  /** Counted already: server-rendered HTML shows the final figures (it may never run JavaScript), and hydrating it keeps them. */
  done: boolean;
}

/** The step of every element counting: one animation frame loop advances them all. */
const counting = new Set<(now: number) => void>();
let frame: number | undefined;
const loop = (now: number) => {
  for (const step of counting) step(now);
  frame = counting.size ? requestAnimationFrame(loop) : undefined;
};

/** Shared by every counter, made on first connection: one media query, one observer. */
let reducedMotion: MediaQueryList | undefined;
let halfVisible: IntersectionObserver | undefined;
/** What starts each observed element's count. */
const starts = new WeakMap<Element, () => void>();

/**
 * Eases {@link progress} from 0 to 1 over `duration()` milliseconds, once, from the moment half of
 * the host is visible, then re-renders it in each frame. Under `prefers-reduced-motion: reduce`, with
 * a duration of 0, in print, or where nothing can tell it is visible (no IntersectionObserver), it is
 * 1 from the first render; a page about to be printed shows the final figures too. A host
 * disconnected while counting ends at 1.
 */
export class CountUpController implements ReactiveController {
  /** 0 before counting, 1 when done, eased in between. */
  progress: number;

  readonly #host: Host;
  readonly #duration: () => number;
  /** The time of the count's first frame, and its duration, read when it started. */
  #began: number | undefined;
  #length = 0;

  constructor(host: Host, { duration, done }: CountUpOptions) {
    this.#host = host;
    this.#duration = duration;
    this.progress = isServer || done ? 1 : 0;
    host.addController(this);
  }

  hostConnected(): void {
    reducedMotion ??= matchMedia('(prefers-reduced-motion: reduce)');
    reducedMotion.addEventListener('change', this.#checkMotion);
    // Paper never animates: what is printed (or saved as PDF) is the final figures.
    addEventListener('beforeprint', this.#finishOnPrint);
    this.#checkMotion();
    // Counted already, or interrupted by a disconnect.
    if (this.progress) return;
    halfVisible ??= new IntersectionObserver(
      (entries) => {
        // An entry may come late (several in one batch, or after a disconnect): it counts once, connected.
        for (const entry of entries) if (entry.intersectionRatio >= 0.5 && entry.target.isConnected) starts.get(entry.target)?.();
      },
      ownFields<IntersectionObserverInit>({ threshold: 0.5 }),
    );
    starts.set(this.#host, this.#start);
    halfVisible.observe(this.#host);
  }

  /** Before each render that has not counted yet: the host's duration may have become 0. */
  hostUpdate(): void {
    if (!this.progress && !counting.has(this.#step)) this.#checkMotion();
  }

  hostDisconnected(): void {
    reducedMotion!.removeEventListener('change', this.#checkMotion);
    removeEventListener('beforeprint', this.#finishOnPrint);
    halfVisible?.unobserve(this.#host);
    if (counting.has(this.#step)) this.#finish();
  }

  /** Nothing to animate (on connection, before each update, and when the preference changes): 1 at once. */
  readonly #checkMotion = () => {
    const cannotSee = typeof IntersectionObserver !== 'function';
    if (reducedMotion!.matches || cannotSee || matchMedia('print').matches || this.#duration() <= 0) this.#finish();
  };

  readonly #finishOnPrint = () => {
    if (this.progress < 1) this.#finish();
  };

  readonly #start = () => {
    starts.delete(this.#host);
    halfVisible!.unobserve(this.#host);
    if (this.progress || counting.has(this.#step)) return;
    if (counting.size >= MAX_COUNTING) {
      warn(
        this.#host.localName,
        'count-up',
        MAX_COUNTING,
        'elements are already counting, the most a page animates',
        'showed the final figures at once',
      );
      return this.#finish();
    }
    this.#began = undefined;
    this.#length = this.#duration();
    counting.add(this.#step);
    frame ??= requestAnimationFrame(loop);
  };

  readonly #step = (now: number) => {
    const t = (now - (this.#began ??= now)) / this.#length;
    this.progress = t < 1 ? 1 - (1 - t) ** 3 : 1;
    if (this.progress === 1) counting.delete(this.#step);
    this.#host.requestUpdate();
  };

  #finish(): void {
    counting.delete(this.#step);
    // No frame left pending for nothing: a page that removes its last counter keeps no loop.
    if (!counting.size && frame !== undefined) {
      cancelAnimationFrame(frame);
      frame = undefined;
    }
    starts.delete(this.#host);
    halfVisible?.unobserve(this.#host);
    this.progress = 1;
    this.#host.requestUpdate();
  }
}
