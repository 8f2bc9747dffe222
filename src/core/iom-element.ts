import { LitElement } from 'lit';
import { followLocale, formattingLocale, resolveLocale, type IomLocale } from './locale.js';
import { VERSION } from './version.js';

/**
 * What every IOM element shares: its version (read by `define` when two copies meet), re-rendering
 * when the translations change, and following `<html lang>` for dates and numbers.
 */
export class IomElement extends LitElement {
  /** The library version that defined this class. */
  static readonly version = VERSION;

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
