/**
 * The element classes, with no side effect: nothing is registered. For scoped custom element
 * registries, or to register under tags of your own.
 *
 * @module
 */
import { IomMegaNav } from './mega-nav/mega-nav.js';
import { IomMemberCounter } from './member-counter/member-counter.js';
import { IomNewsCard } from './news-card/news-card.js';
import { IomPressContact } from './press-contact/press-contact.js';

export { IomMegaNav, IomMemberCounter, IomNewsCard, IomPressContact };

/** Each class under its standard tag, for code that defines them all at once (the CDN bundle). */
export const iomElements = {
  'iom-mega-nav': IomMegaNav,
  'iom-member-counter': IomMemberCounter,
  'iom-news-card': IomNewsCard,
  'iom-press-contact': IomPressContact,
} as const;
