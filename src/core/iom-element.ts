import { LitElement, type CSSResultGroup, type CSSResultOrNative, type PropertyDeclaration } from 'lit';
import { asWritten, ownFields } from './attributes.js';
import { LocaleController } from './controllers/locale.controller.js';
import { tokens } from './tokens.styles.js';
import { VERSION } from './version.js';
import { warn, type Warn } from './warn.js';

/**
 * What every IOM element shares: its tag and version (read by `define`, and when two copies of the
 * library meet), the design tokens under its own styles, whether it was upgraded over server-rendered
 * HTML, its locale, and its warnings, under the tag it really has.
 */
export class IomElement extends LitElement {
  /** The library version that defined this class. */
  static readonly version = VERSION;

  /** The element's standard tag: the entries, the CDN bundle and the React wrappers register it under this name. */
  declare static readonly tagName: string;

  // What Lit reads as options never comes from Object.prototype: an inherited `slotAssignment`,
  // `attribute: false`, `noAccessor` or `renderBefore` would switch slots, attributes, properties
  // or rendering off.
  static override shadowRootOptions = ownFields<ShadowRootInit>({ mode: 'open' });

  protected static override finalize(): void {
    if (Object.hasOwn(this, 'properties')) {
      const declared = this.properties as Record<string, PropertyDeclaration>;
      this.properties = Object.fromEntries(Object.keys(declared).map((name) => [name, ownFields(declared[name]!)]));
    }
    super.finalize();
  }

  /** Each element declares its own styles only: the tokens come first, from here. */
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    return super.finalizeStyles([tokens, styles ?? []]);
  }

  /**
   * Upgraded over server-rendered HTML (declarative shadow DOM), which its first update must match
   * rather than redraw: known at construction, as the parser attaches that shadow root first.
   */
  protected readonly serverRendered = Boolean(this.shadowRoot);

  /** The page's locale, followed: a change of `<html lang>` or of the translations re-renders. */
  protected readonly locale = new LocaleController(this);

  /** One console warning in the library's format, under the tag this element has (a scoped registry may give another). */
  protected readonly warn: Warn = (subject, value, problem, consequence) =>
    warn(this.localName, subject, value, problem, consequence);

  constructor() {
    super();
    Object.setPrototypeOf(this.renderOptions, null);
  }

  /**
   * `value` as `parse` reads it, or `fallback` with one warning naming what the page wrote (the
   * attribute's text, where the value was read from it), e.g.
   * `[iom-member-counter] attribute "member-states": "abc" is not a whole number from 0 to 1000; kept 175`.
   */
  protected checkedAttribute<T>(
    attribute: string,
    value: unknown,
    parse: (value: unknown) => T | undefined,
    fallback: T,
    expected: string,
  ): T {
    const parsed = parse(value);
    if (parsed !== undefined) return parsed;
    this.warn(
      `attribute "${attribute}"`,
      asWritten(this.getAttribute(attribute), value),
      `is not ${expected}`,
      `kept ${String(fallback)}`,
    );
    return fallback;
  }

  /**
   * Makes the text properties `names` strings, for values set from JavaScript (React, a script)
   * rather than through attributes: a number becomes its digits, as its attribute would
   * (`phone = 2027168820`); `null` and `undefined` stay "not given"; anything else (an object, an
   * array, a boolean, a symbol…) is ignored, as if not given, with one warning. Called first in
   * `willUpdate`, so that the rest of the update reads strings only.
   */
  protected textProperties(names: readonly (keyof this & string)[]): void {
    const properties = this as Record<string, unknown>;
    for (const name of names) {
      const value = properties[name];
      if (value === null || value === undefined || typeof value === 'string') continue;
      if (typeof value === 'number') {
        properties[name] = String(value);
      } else {
        this.warn(`property "${name}"`, value, 'is not a string', 'ignored it');
        properties[name] = undefined;
      }
    }
  }
}
