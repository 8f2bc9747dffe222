/** A finite number given as a number or a numeric string (`12`, ` 1500 `); `undefined` otherwise. */
export function toNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

/**
 * A copy of `value`'s own properties on an object without a prototype: a field it lacks stays
 * missing instead of being read from `Object.prototype`, where another script on the page may have
 * put one (a polluted `merge()`). For data given from outside (JSON, a property), and for the
 * options handed to the platform (`fetch`, observers, `Intl`) and to Lit, which read inherited
 * members too: `Object.prototype.style = 'percent'` would otherwise format every figure as a percentage.
 */
export const ownFields = <T extends object>(value: T): T => Object.assign(Object.create(null) as T, value);

/**
 * Lit's converter for a numeric attribute: the number written, `NaN` for text that is not one (the
 * element then warns, naming the attribute's text, and keeps its default), `undefined` without
 * the attribute. The property is a `number` for code that reads it.
 */
export const numberAttribute = {
  fromAttribute: (value: string | null): number | undefined => (value === null ? undefined : (toNumber(value) ?? Number.NaN)),
};

/**
 * What the page wrote, for a warning: `text`, the attribute's, when `value` was read from it
 * (`"h2"` rather than `NaN`, `"1"` rather than `1`), else `value` as set from JavaScript.
 */
export const asWritten = (text: string | null, value: unknown): unknown =>
  text !== null && Object.is(numberAttribute.fromAttribute(text), value) ? text : value;
