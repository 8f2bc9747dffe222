import { html, type TemplateResult } from 'lit';
import { asWritten, toNumber } from './attributes.js';
import type { Warn } from './warn.js';

/** The levels an element's heading may have: `<h1>` is the page's own title. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** The level of an element's heading when `heading-level` is not given. */
export const DEFAULT_HEADING_LEVEL: HeadingLevel = 3;

type Heading = (part: string, content: unknown) => TemplateResult;

/** One plain template per level: cheaper in bytes and rendering than `lit/static-html.js`. */
const headings: Record<HeadingLevel, Heading> = {
  2: (part, content) => html`<h2 class=${part} part=${part}>${content}</h2>`,
  3: (part, content) => html`<h3 class=${part} part=${part}>${content}</h3>`,
  4: (part, content) => html`<h4 class=${part} part=${part}>${content}</h4>`,
  5: (part, content) => html`<h5 class=${part} part=${part}>${content}</h5>`,
  6: (part, content) => html`<h6 class=${part} part=${part}>${content}</h6>`,
};

/**
 * The level a `headingLevel` property asks for: 2–6, default 3. Out of range is clamped, not a
 * number gives 3, both with one warning. The warning shows what the page wrote: `attribute`, the
 * text of the `heading-level` attribute, when `value` was read from it (`"h2"` rather than `NaN`,
 * `"1"` rather than `1`), else `value` as set.
 */
export function headingLevel(value: unknown, attribute: string | null, warn: Warn): HeadingLevel {
  if (value === null || value === undefined) return DEFAULT_HEADING_LEVEL;
  const number = toNumber(value);
  const level = number === undefined ? DEFAULT_HEADING_LEVEL : (Math.min(6, Math.max(2, Math.round(number))) as HeadingLevel);
  if (level !== number)
    warn('attribute "heading-level"', asWritten(attribute, value), 'is not a heading level from 2 to 6', `used ${level}`);
  return level;
}

/** A real heading element (`<h2>`…`<h6>`) of `level`, with the given part name and content. */
export function heading(level: HeadingLevel, part: string, content: unknown): TemplateResult {
  return headings[level](part, content);
}
