/*
 * Opens a host page of test/embed/ in a same-origin iframe, as the page a webmaster would make:
 * its own headers, styles and scripts, and our CDN bundle. The test reads what the page's own
 * recorder (assets/record.js) saw, and drives the elements through the iframe's DOM.
 */
import type { IomMegaNav, IomMemberCounter, IomNewsCard, IomPressContact } from '../../../src/index.js';
import { MemberCounterHarness } from '../../../src/member-counter/harness.js';
import { waitUntil } from '../../support/helpers.js';

export const TAGS = ['iom-mega-nav', 'iom-member-counter', 'iom-news-card', 'iom-press-contact'] as const;

/** The version test/support/test-api.mjs writes into its copies of the build under `/test-*-other-version/`. */
export const OTHER_VERSION = '9.9.9-embed-test';

/** What assets/record.js collects in the page from its first moment. */
export interface EmbedRecord {
  violations: string[];
  errors: string[];
  warnings: string[];
  frames: number[];
  complete: number | undefined;
  moves: string[];
  /** Empty where the engine has no `layout-shift` entries (all but Chromium). */
  shifts: Array<{ value: number; hadRecentInput: boolean; sources: string[] }>;
  /** Every figure the first member counter showed, from its first render on. */
  counted: string[];
}

export type FrameWindow = Window & typeof globalThis & { embedRecord: EmbedRecord };

export interface EmbedPage {
  frame: HTMLIFrameElement;
  window: FrameWindow;
  document: Document;
  record: EmbedRecord;
  nav: IomMegaNav;
  counter: IomMemberCounter;
  card: IomNewsCard;
  contact: IomPressContact;
}

const opened: HTMLIFrameElement[] = [];

/**
 * Loads `url` in an iframe of `width` × `height` (CSS lengths of this page; the default fills the
 * viewport) and resolves once the page's `load` event has fired.
 */
export async function openPage(url: string, { width = '100vw', height = '100vh' } = {}): Promise<EmbedPage> {
  const frame = document.createElement('iframe');
  frame.title = url;
  Object.assign(frame.style, { position: 'fixed', insetBlockStart: '0', insetInlineStart: '0', width, height, border: '0' });
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  opened.push(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  const doc = win.document;
  const first = <K extends (typeof TAGS)[number]>(tag: K) => doc.querySelector(tag) as HTMLElementTagNameMap[K];
  return {
    frame,
    window: win,
    document: doc,
    record: win.embedRecord,
    nav: first('iom-mega-nav'),
    counter: first('iom-member-counter'),
    card: first('iom-news-card'),
    contact: first('iom-press-contact'),
  };
}

/** Removes every page opened by `openPage`. */
export function closePages(): void {
  for (const frame of opened.splice(0)) frame.remove();
}

/** Resolves when every IOM element of the page is defined (by whichever copy) and has rendered. */
export async function upgraded(page: EmbedPage): Promise<void> {
  const undefinedTags = () => TAGS.filter((tag) => !page.window.customElements.get(tag));
  try {
    await waitUntil(() => undefinedTags().length === 0, 'every element defined', { timeout: 5000 });
  } catch {
    throw new Error(`still undefined: ${undefinedTags().join(', ')}; page errors: ${JSON.stringify(page.record.errors)}`);
  }
  const elements = [...page.document.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>(TAGS.join(','))];
  await waitUntil(() => elements.every((el) => el.shadowRoot && el.updateComplete), 'every element upgraded');
  await Promise.all(elements.map((el) => el.updateComplete));
}

/** Waits for the page to paint `count` more frames. */
export const frames = (page: EmbedPage, count = 2): Promise<void> =>
  new Promise((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : page.window.requestAnimationFrame(() => step(left - 1)));
    step(count);
  });

export { textOf } from '../../../src/core/harness.js';

/** The counter's figures as shown (while counting, each number also holds its invisible final value). */
export const figuresShown = (counter: IomMemberCounter) => new MemberCounterHarness(counter).figures;
