/**
 * React components for the four tags, made with `@lit/react`: for React 18, which sets only
 * attributes on custom elements and cannot listen to their events, and for React 19 apps that
 * prefer components to tags. Importing this module defines the tags too.
 *
 * ```tsx
 * import { IomMegaNav } from '@iom/components/react.js';
 *
 * <IomMegaNav sections={sections} onNavToggle={(event) => setOpen(event.detail.open)} />;
 * ```
 *
 * Needs `react` (18 or 19) and `@lit/react` 1.x, optional peer dependencies of this package.
 * Every element property is a prop (`sections`, `collapseBelow`, `headingLevel`…); events are
 * `onNavToggle` (`iom-nav-toggle`) and `onCopy` (`iom-copy`). React 19 apps can also use the tags
 * themselves, typed by `@iom/components/react-jsx.js`.
 *
 * @module
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { IomMegaNav as IomMegaNavElement } from './iom-mega-nav.js';
import { IomMemberCounter as IomMemberCounterElement } from './iom-member-counter.js';
import { IomNewsCard as IomNewsCardElement } from './iom-news-card.js';
import { IomPressContact as IomPressContactElement } from './iom-press-contact.js';
import type { IomCopyEvent, IomNavToggleEvent } from './events/index.js';

/** `<iom-mega-nav>`; `onNavToggle` receives `iom-nav-toggle`. */
export const IomMegaNav = createComponent({
  react: React,
  tagName: IomMegaNavElement.tagName,
  elementClass: IomMegaNavElement,
  events: { onNavToggle: 'iom-nav-toggle' as EventName<IomNavToggleEvent> },
  displayName: 'IomMegaNav',
});

/** `<iom-news-card>`. */
export const IomNewsCard = createComponent({
  react: React,
  tagName: IomNewsCardElement.tagName,
  elementClass: IomNewsCardElement,
  displayName: 'IomNewsCard',
});

/** `<iom-press-contact>`; `onCopy` receives `iom-copy` (not the DOM's `copy` event). */
export const IomPressContact = createComponent({
  react: React,
  tagName: IomPressContactElement.tagName,
  elementClass: IomPressContactElement,
  events: { onCopy: 'iom-copy' as EventName<IomCopyEvent> },
  displayName: 'IomPressContact',
});

/** `<iom-member-counter>`. */
export const IomMemberCounter = createComponent({
  react: React,
  tagName: IomMemberCounterElement.tagName,
  elementClass: IomMemberCounterElement,
  displayName: 'IomMemberCounter',
});

export type { IomMegaNavElement, IomNewsCardElement, IomPressContactElement, IomMemberCounterElement };
export type { NavSection, NavGroup, NavLink } from './iom-mega-nav.js';
export type { IomCopyEvent, IomCopyDetail, IomNavToggleEvent, NavToggleDetail } from './events/index.js';
