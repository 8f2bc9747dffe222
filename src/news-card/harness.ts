import { Harness, shadowPart, textOf } from '../core/harness.js';
import type { IomNewsCard } from './news-card.js';

/** `<iom-news-card>` as a person reads it: its headline and link, its dateline, its image. */
export class NewsCardHarness extends Harness<IomNewsCard> {
  /** The headline's text. */
  get headline(): string {
    return textOf(shadowPart(this.element, '[part~="headline"]'));
  }

  /** Where the card leads, `null` when it is not a link. */
  get href(): string | null {
    return shadowPart(this.element, '[part~="link"]')?.getAttribute('href') ?? null;
  }

  /** "Washington, D.C. — 5 septembre 2018". */
  get dateline(): string {
    return textOf(shadowPart(this.element, '[part~="dateline"]'));
  }

  /** The article's image, `null` when the placeholder shows. */
  get image(): HTMLImageElement | null {
    return shadowPart<HTMLImageElement>(this.element, '[part~="image"]');
  }
}
