import { html, type TemplateResult } from 'lit';
import { toNumber } from './attributes.js';
import { warn } from './warn.js';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

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
 * The `heading-level` attribute: 2–6, default 3. Out of range is clamped, not a number gives 3,
 * both with one warning.
 */
export function headingLevel(tag: string, value: unknown): HeadingLevel {
  if (value === null || value === undefined) return 3;
  const number = toNumber(value);
  const level = number === undefined ? 3 : Math.min(6, Math.max(2, Math.round(number)));
  if (level !== number) warn(tag, 'attribute "heading-level"', value, 'is not a heading level from 2 to 6', `used ${level}`);
  return level as HeadingLevel;
}

/** A real heading element (`<h2>`…`<h6>`) of `level`, with the given part name and content. */
export function heading(level: HeadingLevel, part: string, content: unknown): TemplateResult {
  return headings[level](part, content);
}
