/**
 * Defines `<iom-press-contact>`. Import this module for its side effect; the class is exported
 * too. For a registry of your own, import the class from `@iom/components/elements.js`.
 *
 * @module
 */
import { define } from './core/define.js';
import { IomPressContact } from './press-contact/press-contact.js';

define(IomPressContact);

export { IomPressContact };
export { IomCopyEvent, type IomCopyDetail } from './events/copy.js';
