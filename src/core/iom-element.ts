import { LitElement, type PropertyDeclaration } from 'lit';
import { ownFields } from './attributes.js';
import { followLocale, formattingLocale, resolveLocale, type IomLocale } from './locale.js';
import { VERSION } from './version.js';

/**
 * What every IOM element shares: its version (read by `define` when two copies meet), re-rendering
 * when the translations change, and following `<html lang>` for dates and numbers.
 */
export class IomElement extends LitElement {
  /** The library version that defined this class. */
  static readonly version = VERSION;

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

  constructor() {
    super();
    Object.setPrototypeOf(this.renderOptions, null);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followLocale(this, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    followLocale(this, false);
  }

  /** The page locale for `Intl` formatting (`fr-CA` stays `fr-CA`). */
  protected get formattingLocale(): string {
    return formattingLocale();
  }

  /** The supported locale whose translations and plural rules apply. */
  protected get uiLocale(): IomLocale {
    return resolveLocale();
  }
}
