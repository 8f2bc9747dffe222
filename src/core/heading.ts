import type { TemplateResult } from 'lit';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { toNumber } from './attributes.js';
import { warn } from './warn.js';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

const tags: Record<HeadingLevel, StaticValue> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
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
  const tag = tags[level];
  return staticHtml`<${tag} class=${part} part=${part}>${content}</${tag}>`;
}
