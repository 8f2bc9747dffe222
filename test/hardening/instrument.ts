/**
 * Counts what a page keeps running: listeners on `document`, `window` and `matchMedia()` lists,
 * observers that observe something, pending timeouts, intervals and animation frames, requests in
 * flight. Installed by a test around what it measures; `restore()` puts the originals back.
 *
 * Only what is created while installed is counted: `live()` lists what is still there, each with
 * where it was created, so a leak names its origin.
 */
export interface Live {
  listeners: string[];
  observers: string[];
  timers: string[];
  frames: string[];
  requests: string[];
}

type Stack = string;

/** The test harness (this folder, other tests, mocha, @open-wc, @web): what it creates is not counted. */
const HARNESS = /\/test\/|\/node_modules\/(?:@open-wc|@web|mocha|chai)\/|__web-test-runner__/;

/** Where a call came from: the first stack frames outside this file; `undefined` when the harness made it. */
function origin(): Stack | undefined {
  const lines = (new Error().stack ?? '').split('\n').slice(1);
  const frames = lines.filter((line) => !line.includes('/instrument.'));
  if (HARNESS.test(frames[0] ?? '')) return undefined;
  return frames
    .slice(0, 4)
    .map((line) =>
      line
        .trim()
        .replace(/^at /, '')
        .replace(/https?:\/\/[^/]+/, '')
        .replace(/\?wtr-session-id=[\w-]+/, ''),
    )
    .join(' ← ');
}

export function instrument() {
  const restorers: Array<() => void> = [];
  const replace = <T extends object, K extends keyof T>(owner: T, key: K, value: T[K]) => {
    const original = owner[key];
    owner[key] = value;
    restorers.push(() => (owner[key] = original));
    return original;
  };
  const previousLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 30;
  restorers.push(() => (Error.stackTraceLimit = previousLimit));

  // Listeners: one entry per (target, type, listener, capture), as the DOM dedupes them.
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const id = (object: object) => ids.get(object) ?? (ids.set(object, ++nextId), nextId);
  const listeners = new Map<string, Stack>();
  const counted = (target: unknown) => target === document || target === window || target instanceof MediaQueryList;
  const targetName = (target: unknown) => (target === document ? 'document' : target === window ? 'window' : 'matchMedia()');
  const capture = (options: unknown) =>
    typeof options === 'boolean' ? options : Boolean((options as AddEventListenerOptions)?.capture);
  const key = (target: EventTarget, type: string, listener: object, options: unknown) =>
    `${targetName(target)} ${type} #${id(target)}/${id(listener)}/${capture(options)}`;
  const proto = EventTarget.prototype;
  const add = replace(proto, 'addEventListener', function (this: EventTarget, type, listener, options) {
    if (counted(this) && listener) {
      const entry = key(this, type, listener, options);
      const stack = listeners.has(entry) ? undefined : origin();
      if (stack !== undefined) listeners.set(entry, stack);
      (options as AddEventListenerOptions)?.signal?.addEventListener('abort', () => listeners.delete(entry));
    }
    return add.call(this, type, listener, options);
  });
  const remove = replace(proto, 'removeEventListener', function (this: EventTarget, type, listener, options) {
    if (counted(this) && listener) listeners.delete(key(this, type, listener, options));
    return remove.call(this, type, listener, options);
  });
  const mql = MediaQueryList.prototype;
  const addListener = replace(mql, 'addListener', function (this: MediaQueryList, listener) {
    const stack = listener ? origin() : undefined;
    if (listener && stack !== undefined) listeners.set(key(this, 'change', listener, false), stack);
    return addListener.call(this, listener);
  });
  const removeListener = replace(mql, 'removeListener', function (this: MediaQueryList, listener) {
    if (listener) listeners.delete(key(this, 'change', listener, false));
    return removeListener.call(this, listener);
  });

  // Observers: live while they observe at least one target.
  const observers = new Map<object, { kind: string; targets: Set<unknown>; stack: Stack }>();
  const watch = (observer: object, kind: string) => {
    const stack = origin();
    if (stack !== undefined) observers.set(observer, { kind, targets: new Set(), stack });
  };
  const observing = (observer: object, target: unknown) => observers.get(observer)?.targets.add(target);
  const forget = (observer: object, target?: unknown) => {
    const entry = observers.get(observer);
    if (target === undefined) entry?.targets.clear();
    else entry?.targets.delete(target);
  };
  const OriginalMutation = replace(
    window,
    'MutationObserver',
    class extends window.MutationObserver {
      constructor(callback: MutationCallback) {
        super(callback);
        watch(this, 'MutationObserver');
      }
      override observe(target: Node, options?: MutationObserverInit) {
        observing(this, target);
        super.observe(target, options);
      }
      override disconnect() {
        forget(this);
        super.disconnect();
      }
    },
  );
  const OriginalResize = replace(
    window,
    'ResizeObserver',
    class extends window.ResizeObserver {
      constructor(callback: ResizeObserverCallback) {
        super(callback);
        watch(this, 'ResizeObserver');
      }
      override observe(target: Element, options?: ResizeObserverOptions) {
        observing(this, target);
        super.observe(target, options);
      }
      override unobserve(target: Element) {
        forget(this, target);
        super.unobserve(target);
      }
      override disconnect() {
        forget(this);
        super.disconnect();
      }
    },
  );
  const OriginalIntersection = replace(
    window,
    'IntersectionObserver',
    class extends window.IntersectionObserver {
      constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
        super(callback, options);
        watch(this, 'IntersectionObserver');
      }
      override observe(target: Element) {
        observing(this, target);
        super.observe(target);
      }
      override unobserve(target: Element) {
        forget(this, target);
        super.unobserve(target);
      }
      override disconnect() {
        forget(this);
        super.disconnect();
      }
    },
  );
  void [OriginalMutation, OriginalResize, OriginalIntersection];

  // Timers and frames: live until they fire or are cancelled.
  const timers = new Map<number, Stack>();
  const frames = new Map<number, Stack>();
  const originalSetTimeout = replace(window, 'setTimeout', ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const timer: number = originalSetTimeout(
      (...rest: unknown[]) => {
        timers.delete(timer);
        if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...rest);
      },
      ms,
      ...args,
    );
    const stack = origin();
    if (stack !== undefined) timers.set(timer, `setTimeout(${ms ?? 0}) ${stack}`);
    return timer;
  }) as typeof setTimeout);
  const originalClearTimeout = replace(window, 'clearTimeout', ((timer?: number) => {
    if (timer !== undefined) timers.delete(timer);
    originalClearTimeout(timer);
  }) as typeof clearTimeout);
  const originalSetInterval = replace(window, 'setInterval', ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const timer = originalSetInterval(handler, ms, ...args);
    const stack = origin();
    if (stack !== undefined) timers.set(timer, `setInterval(${ms ?? 0}) ${stack}`);
    return timer;
  }) as typeof setInterval);
  const originalClearInterval = replace(window, 'clearInterval', ((timer?: number) => {
    if (timer !== undefined) timers.delete(timer);
    originalClearInterval(timer);
  }) as typeof clearInterval);
  const originalRequestFrame = replace(window, 'requestAnimationFrame', (callback: FrameRequestCallback) => {
    const frame: number = originalRequestFrame((time) => {
      frames.delete(frame);
      callback(time);
    });
    const stack = origin();
    if (stack !== undefined) frames.set(frame, stack);
    return frame;
  });
  const originalCancelFrame = replace(window, 'cancelAnimationFrame', (frame: number) => {
    frames.delete(frame);
    originalCancelFrame(frame);
  });

  // Requests in flight (an aborted one settles at once).
  const requests = new Map<Promise<unknown>, string>();
  const originalFetch = replace(window, 'fetch', function (this: unknown, ...args: Parameters<typeof fetch>) {
    const request = originalFetch.apply(this, args);
    const settled = request.then(
      () => undefined,
      () => undefined,
    );
    const stack = origin();
    if (stack !== undefined) requests.set(settled, `${String(args[0])} ${stack}`);
    void settled.then(() => requests.delete(settled));
    return request;
  } as typeof fetch);

  /** Identical entries once, with their number: `… ×100`. */
  const grouped = (entries: string[]) => {
    const counts = new Map<string, number>();
    for (const entry of entries) counts.set(entry, (counts.get(entry) ?? 0) + 1);
    return [...counts].map(([entry, count]) => (count > 1 ? `${entry} ×${count}` : entry));
  };

  return {
    /** What is still running, created since `instrument()`: identical entries grouped, with where they were created. */
    live(): Live {
      return {
        listeners: grouped([...listeners].map(([entry, stack]) => `${entry.replace(/ #.*/, '')} ← ${stack}`)),
        observers: grouped([...observers.values()].filter((o) => o.targets.size > 0).map((o) => `${o.kind} ← ${o.stack}`)),
        timers: grouped([...timers.values()]),
        frames: grouped([...frames.values()]),
        requests: grouped([...requests.values()]),
      };
    },
    /** How many of each kind of thing is live (for comparing two states). */
    counts() {
      const live = this.live();
      const byName = (entries: string[]) =>
        entries.reduce<Record<string, number>>((all, entry) => {
          const name = entry.split(' ← ')[0]!;
          all[name] = (all[name] ?? 0) + Number(/ ×(\d+)$/.exec(entry)?.[1] ?? 1);
          return all;
        }, {});
      return {
        listeners: byName(live.listeners),
        observers: byName(live.observers),
        timers: live.timers.length,
        frames: live.frames.length,
      };
    },
    restore() {
      for (const restore of restorers.reverse()) restore();
    },
  };
}

export type Instrument = ReturnType<typeof instrument>;
