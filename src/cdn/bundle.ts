/*
 * The CDN bundle: Lit and @lit/localize inlined, configured for this private copy (which nothing
 * else can have configured: no failure path to carry). The page's
 * translation loads before the elements are defined, so a French page never shows English UI
 * strings; English pages wait for nothing.
 */
import { localize } from '../core/translations.js';
import { define } from '../core/define.js';
import { iomElements } from '../elements.js';

// No top-level await: the translation chunks import Lit from this module, which must have finished evaluating.
void localize().then(() => {
  for (const [tag, element] of Object.entries(iomElements)) define(tag, element);
});
