/*
 * The CDN bundle: Lit and @lit/localize inlined, configured for this private copy. The page's
 * translation loads before the elements are defined, so a French page never shows English UI
 * strings; English pages wait for nothing.
 */
import { configureIomLocalization } from '../localization.js';
import { define } from '../core/define.js';
import { iomElements } from '../elements.js';

// No top-level await: the translation chunks import Lit from this module, which must have finished evaluating.
void configureIomLocalization().then(() => {
  for (const [tag, element] of Object.entries(iomElements)) define(tag, element);
});
