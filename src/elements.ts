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

/** Each class under its standard tag (`tagName`), for code that defines them all at once (the CDN bundle). */
export const iomElements = {
  [IomMegaNav.tagName]: IomMegaNav,
  [IomMemberCounter.tagName]: IomMemberCounter,
  [IomNewsCard.tagName]: IomNewsCard,
  [IomPressContact.tagName]: IomPressContact,
} as const;
