/**
 * Defines every IOM element: `import '@iom/components'`.
 *
 * @module
 */
export * from './mega-nav.js';
export * from './member-counter.js';
export * from './news-card.js';
export * from './press-contact.js';
export { VERSION } from './core/version.js';
