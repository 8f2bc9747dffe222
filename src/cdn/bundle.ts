/*
 * The CDN bundle: Lit and @lit/localize inlined, configured for this private copy (which nothing
 * else can have configured: no failure path to carry). The page's
 * translation loads before the elements are defined, so a French page never shows English UI
 * strings; English pages wait for nothing.
 */
import { localize } from '../core/translations.js';
import { define, warnTagTaken } from '../core/define.js';
import { VERSION } from '../core/version.js';
import { iomElements } from '../elements.js';

// No top-level await: the translation chunks import Lit from this module, which must have finished evaluating.
void localize().then(() => {
  for (const element of Object.values(iomElements)) define(element);
});

/**
 * Called by the CDN entry of another `version` that finds this bundle on the page and so loads
 * nothing: its warning, once per tag, in the words `define` uses. The entry cannot say it itself,
 * as it knows no tag (it imports nothing). Every version's bundle keeps this export.
 */
export function refuse(version: string): void {
  for (const tag of Object.keys(iomElements)) warnTagTaken(tag, version, VERSION);
}
