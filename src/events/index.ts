/**
 * The events the elements fire, one class each, typed on `GlobalEventHandlersEventMap`:
 * `document.addEventListener('iom-nav-toggle', (event) => event.detail.open)` is typed.
 *
 * @module
 */
export { IomNavToggleEvent, type NavToggleDetail } from './nav-toggle.js';
export { IomCopyEvent, type IomCopyDetail } from './copy.js';
