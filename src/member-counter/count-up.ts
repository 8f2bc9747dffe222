import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

const easeOutCubic = (t: number) => 1 - (1 - t) ** 3;

/**
 * Drives the count-up: waits until the host is at least half visible, then eases `progress` from
 * 0 to 1 over `duration()` ms with requestAnimationFrame, once. Under `prefers-reduced-motion:
 * reduce` (checked before the first render, and if it changes) or with a duration of 0, `progress`
 * is 1 straight away.
 */
export class CountUpController implements ReactiveController {
  /** 0 before counting, 1 when done; eased in between. */
  progress = 0;
  private observer: IntersectionObserver | undefined;
  private frame: number | undefined;
  private motion: MediaQueryList | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly duration: () => number,
  ) {
    host.addController(this);
    // Server-rendered HTML shows the final figures (it may never run JavaScript); hydrating it keeps them.
    if (isServer || host.shadowRoot) this.progress = 1;
  }

  hostConnected(): void {
    this.motion = matchMedia('(prefers-reduced-motion: reduce)');
    this.motion.addEventListener('change', this.onMotionChange);
    // Nothing to animate: the final figures from the first render, with no observer at all.
    if (this.motion.matches || this.duration() <= 0) this.finish();
    if (this.progress > 0) return; // counted (or interrupted by a disconnect) already
    this.observer = new IntersectionObserver(this.onIntersection, { threshold: 0.5 });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.motion?.removeEventListener('change', this.onMotionChange);
    this.observer?.disconnect();
    this.observer = undefined;
    // An interrupted count ends at the final figures rather than restarting.
    if (this.frame !== undefined) this.finish();
  }

  private readonly onIntersection = (entries: IntersectionObserverEntry[]) => {
    if (!entries.some((entry) => entry.isIntersecting && entry.intersectionRatio >= 0.5)) return;
    this.observer?.disconnect();
    this.observer = undefined;
    const duration = this.duration();
    if (duration <= 0) return this.finish();
    let start: number | undefined;
    const tick = (now: number) => {
      start ??= now;
      const t = Math.min(1, (now - start) / duration);
      this.progress = easeOutCubic(t);
      this.host.requestUpdate();
      this.frame = t < 1 ? requestAnimationFrame(tick) : undefined;
    };
    this.frame = requestAnimationFrame(tick);
  };

  private readonly onMotionChange = () => {
    if (this.motion?.matches) this.finish();
  };

  private finish(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.observer?.disconnect();
    this.observer = undefined;
    this.progress = 1;
    this.host.requestUpdate();
  }
}
