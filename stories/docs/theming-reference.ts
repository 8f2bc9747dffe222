/**
 * The reference tables of the "Docs/Theming" page: every `--iom-…` custom property the components
 * read and every `::part()` they expose. The story in `theming.stories.ts` checks the property
 * list against the components' own CSS, so the page cannot silently miss one.
 */

export interface CustomProperty {
  name: string;
  /** The value used when the page sets nothing. */
  fallback: string;
  /** What it changes, and where. */
  purpose: string;
}

export interface Part {
  name: string;
  purpose: string;
}

export interface ComponentTheming {
  tag: 'iom-mega-nav' | 'iom-news-card' | 'iom-press-contact' | 'iom-member-counter';
  properties: CustomProperty[];
  parts: Part[];
}

/** The shared design tokens (`src/core/tokens.styles.ts`), read by every component. */
export const sharedProperties: CustomProperty[] = [
  {
    name: '--iom-color-primary',
    fallback: '#0033A0 (IOM blue)',
    purpose:
      'Accent colour: press-contact links, buttons and bar; news-card category and placeholder; counter figures; the nav’s current-section bar, open button and panel border.',
  },
  {
    name: '--iom-color-navy',
    fallback: '#18375F',
    purpose:
      'Headings (card headline, contact heading), nav links and group labels, the counter’s sentence, the card’s border (20 %) and placeholder.',
  },
  { name: '--iom-color-light-blue', fallback: '#418FDE', purpose: 'The underline of the nav section whose panel is open.' },
  {
    name: '--iom-color-grey',
    fallback: '#666666',
    purpose: 'Secondary text: the card’s dateline, the contact’s job title and office.',
  },
  {
    name: '--iom-color-text',
    fallback: '#1A1A1A',
    purpose: 'Body text: the card’s excerpt, the contact’s name, the nav panel’s description.',
  },
  {
    name: '--iom-color-surface',
    fallback: '#FFFFFF',
    purpose: 'Backgrounds: the card, the nav bar and panels (unless their own properties are set), the contact’s buttons.',
  },
  { name: '--iom-color-focus', fallback: '#418FDE', purpose: 'Keyboard focus rings of every link and button.' },
  {
    name: '--iom-font-family',
    fallback: "'Open Sans', system-ui, sans-serif",
    purpose: 'All text. The components load no font: Open Sans is used when the page loads it (or the reader has it).',
  },
  {
    name: '--iom-font-size',
    fallback: '16px',
    purpose: 'Base text size: nav items and links, the excerpt, the contact’s lines. Headlines and figures have their own sizes.',
  },
  { name: '--iom-radius', fallback: '4px', purpose: 'Corners: cards, buttons, the focus rings of nav items.' },
  {
    name: '--iom-space',
    fallback: '16px',
    purpose: 'Spacing unit: card padding, gaps in the nav bar and panels, the contact’s inline-start padding.',
  },
];

/** Each component's own properties and parts (`@cssproperty`, `@csspart` in its JSDoc). */
export const components: ComponentTheming[] = [
  {
    tag: 'iom-mega-nav',
    properties: [
      { name: '--iom-mega-nav-background', fallback: 'var(--iom-color-surface)', purpose: 'Background of the bar.' },
      { name: '--iom-mega-nav-panel-background', fallback: 'var(--iom-color-surface)', purpose: 'Background of the panels.' },
      {
        name: '--iom-mega-nav-link-color',
        fallback: 'var(--iom-color-navy)',
        purpose: 'Colour of section links, section buttons, the Menu button and panel links.',
      },
      {
        name: '--iom-mega-nav-z-index',
        fallback: '1000',
        purpose: 'Stacking of an open panel over the page (wide layout; in the narrow layout panels push the page down).',
      },
    ],
    parts: [
      { name: 'base', purpose: 'The `<nav>` landmark.' },
      { name: 'bar', purpose: 'The bar holding the logo, the sections, the actions and the Menu button.' },
      { name: 'sections', purpose: 'The list of top-level items.' },
      { name: 'section', purpose: 'Each top-level item.' },
      { name: 'section-link', purpose: 'A section’s own link, and a section without a panel.' },
      { name: 'toggle', purpose: 'A section’s button, which opens its panel.' },
      { name: 'panel', purpose: 'A section’s panel.' },
      { name: 'description', purpose: 'The paragraph at the top of a panel.' },
      { name: 'group-label', purpose: 'The heading of a group of links.' },
      { name: 'link', purpose: 'Each link in a panel (a group’s own link too).' },
      { name: 'menu-button', purpose: 'The “Menu” button of the narrow layout.' },
    ],
  },
  {
    tag: 'iom-news-card',
    properties: [
      {
        name: '--iom-news-card-image-ratio',
        fallback: '16 / 9',
        purpose: 'Aspect ratio of the image box (and of the placeholder).',
      },
      {
        name: '--iom-news-card-headline-size',
        fallback: '20px',
        purpose: 'Font size of the headline; `featured` multiplies it by 1.25, and by 1.6 once the card is 640px wide.',
      },
    ],
    parts: [
      { name: 'base', purpose: 'The wrapper of everything the element renders (positions the focus ring).' },
      { name: 'card', purpose: 'The visible card: border, background, corners; lays out image and body.' },
      { name: 'media', purpose: 'The image box, which shows the placeholder until (or unless) the image loads.' },
      { name: 'image', purpose: 'The `<img>`.' },
      { name: 'body', purpose: 'Everything under (or beside) the image.' },
      { name: 'category', purpose: 'The category above the headline.' },
      { name: 'headline', purpose: 'The heading element (`<h2>`–`<h6>`).' },
      { name: 'link', purpose: 'The headline link.' },
      { name: 'dateline', purpose: 'Location and date.' },
      { name: 'date', purpose: 'The `<time>` element.' },
    ],
  },
  {
    tag: 'iom-press-contact',
    properties: [
      {
        name: '--iom-press-contact-accent',
        fallback: 'var(--iom-color-primary)',
        purpose: 'Colour of the bar at the inline start.',
      },
      { name: '--iom-press-contact-heading-size', fallback: '20px', purpose: 'Font size of the heading.' },
    ],
    parts: [
      { name: 'base', purpose: 'The wrapper of everything the element renders.' },
      { name: 'heading', purpose: 'The heading (`<h2>`–`<h6>`).' },
      { name: 'address', purpose: 'The `<address>` holding the contact.' },
      { name: 'name', purpose: 'The person’s name.' },
      { name: 'job-title', purpose: 'The job title.' },
      { name: 'office', purpose: 'The office.' },
      { name: 'phone', purpose: 'The phone number: a link, or text when it is not a valid number.' },
      { name: 'email', purpose: 'The email address: a link, or text when it is not a valid address.' },
      { name: 'link', purpose: 'Both links (phone and email).' },
      { name: 'button', purpose: 'All three buttons.' },
      { name: 'copy', purpose: 'The two copy buttons.' },
      { name: 'vcard', purpose: 'The “Download vCard” button.' },
    ],
  },
  {
    tag: 'iom-member-counter',
    properties: [
      { name: '--iom-member-counter-number-size', fallback: '48px', purpose: 'Font size of the figures.' },
      { name: '--iom-member-counter-number-color', fallback: 'var(--iom-color-primary)', purpose: 'Colour of the figures.' },
      { name: '--iom-member-counter-text-size', fallback: '20px', purpose: 'Font size of the words around the figures.' },
    ],
    parts: [
      { name: 'base', purpose: 'The wrapper of everything the element renders.' },
      { name: 'sentence', purpose: 'The visible sentence (hidden from screen readers, which read the final figures).' },
      { name: 'number', purpose: 'Each figure.' },
    ],
  },
];

/** Every documented property name, shared and per component. */
export const documentedProperties = [
  ...sharedProperties.map((property) => property.name),
  ...components.flatMap((component) => component.properties.map((property) => property.name)),
];
