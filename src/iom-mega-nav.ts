/**
 * Defines `<iom-mega-nav>`. Import this module for its side effect; the class is exported too.
 * For a registry of your own, import the class from `@iom/components/elements.js`.
 *
 * @module
 */
import { define } from './core/define.js';
import { IomMegaNav } from './mega-nav/mega-nav.js';

define(IomMegaNav);

export { IomMegaNav };
export { IomNavToggleEvent, type NavToggleDetail } from './events/nav-toggle.js';
export type { NavSection, NavGroup, NavLink } from './mega-nav/mega-nav.model.js';
