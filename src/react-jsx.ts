/**
 * TypeScript JSX types for the four tags in React 19, which sets properties on custom elements
 * and listens to their events. Types only (the module is empty at run time): React apps opt in
 * with `import type {} from '@iom/components/react-jsx.js'` (once, anywhere in the program), so
 * apps without React never see `react` in our types.
 *
 * ```tsx
 * <iom-mega-nav sections={sections} oniom-nav-toggle={(event) => setOpen(event.detail.open)} />
 * ```
 *
 * - A prop the element has as a property (`sections`, `headline`, `memberStates`…) is set as that
 *   property; any other prop (`collapse-below`, `heading-level`…) becomes an attribute.
 * - An event prop is `on` followed by the event's exact name: `oniom-nav-toggle`, `oniom-copy`.
 * - Server rendering (`react-dom/server`) writes only attributes: use the kebab-case attribute
 *   names there (`collapse-below`, `member-states`); `sections` is set once the page hydrates.
 *
 * React 18 passes everything as attributes and cannot listen to custom events: use the
 * `@lit/react` wrappers of `@iom/components/react.js` instead.
 *
 * @module
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { IomMegaNav } from './iom-mega-nav.js';
import type { IomMemberCounter } from './iom-member-counter.js';
import type { IomNewsCard } from './iom-news-card.js';
import type { IomPressContact } from './iom-press-contact.js';
import type { IomCopyEvent, IomNavToggleEvent } from './events/index.js';

/** What React allows on any element (`className`, `slot`, `id`, `ref`, `children`…). */
type ElementProps<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E>;

/** Props of `<iom-mega-nav>` in React 19 JSX. */
export interface IomMegaNavProps
  extends ElementProps<IomMegaNav>, Partial<Pick<IomMegaNav, 'sections' | 'src' | 'label' | 'current' | 'collapseBelow'>> {
  'collapse-below'?: number | string;
  'oniom-nav-toggle'?: (event: IomNavToggleEvent) => void;
}

/** Props of `<iom-news-card>` in React 19 JSX. */
export interface IomNewsCardProps
  extends
    ElementProps<IomNewsCard>,
    Partial<
      Pick<IomNewsCard, 'headline' | 'href' | 'date' | 'location' | 'image' | 'imageAlt' | 'category' | 'headingLevel' | 'layout'>
    > {
  'image-alt'?: string;
  'heading-level'?: number | string;
}

/** Props of `<iom-press-contact>` in React 19 JSX. */
export interface IomPressContactProps
  extends
    ElementProps<IomPressContact>,
    Partial<Pick<IomPressContact, 'name' | 'jobTitle' | 'office' | 'phone' | 'email' | 'subject' | 'heading' | 'headingLevel'>> {
  'job-title'?: string;
  'heading-level'?: number | string;
  'oniom-copy'?: (event: IomCopyEvent) => void;
}

/** Props of `<iom-member-counter>` in React 19 JSX. */
export interface IomMemberCounterProps
  extends ElementProps<IomMemberCounter>, Partial<Pick<IomMemberCounter, 'memberStates' | 'countries' | 'src' | 'duration'>> {
  'member-states'?: number | string;
}

/** `Props` under the standard tag of the element class `Element` (its `tagName`). */
type UnderTag<Element extends { readonly tagName: string }, Props> = { [tag in Element['tagName']]: Props };

/** The four tags with their props, as merged into React's `JSX.IntrinsicElements`. */
export interface IomIntrinsicElements
  extends
    UnderTag<typeof IomMegaNav, IomMegaNavProps>,
    UnderTag<typeof IomNewsCard, IomNewsCardProps>,
    UnderTag<typeof IomPressContact, IomPressContactProps>,
    UnderTag<typeof IomMemberCounter, IomMemberCounterProps> {}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types are a namespace.
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into React's interface.
    interface IntrinsicElements extends IomIntrinsicElements {}
  }
}
