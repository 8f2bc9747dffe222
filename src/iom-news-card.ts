/**
 * Defines `<iom-news-card>`. Import this module for its side effect; the class is exported too.
 * For a registry of your own, import the class from `@iom/components/elements.js`.
 *
 * @module
 */
import { define } from './core/define.js';
import { IomNewsCard } from './news-card/news-card.js';

define(IomNewsCard);

export { IomNewsCard };
export type { NewsCardLayout } from './news-card/news-card.model.js';
