/**
 * Defines every IOM element: `import '@iom/components'`. Exports their classes, the classes of the
 * events they fire, and the package version.
 *
 * @module
 */
export * from './iom-mega-nav.js';
export * from './iom-member-counter.js';
export * from './iom-news-card.js';
export * from './iom-press-contact.js';
export * from './events/index.js';
export { VERSION } from './core/version.js';
