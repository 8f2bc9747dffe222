/**
 * Defines `<iom-member-counter>`. Import this module for its side effect; the class is exported
 * too. For a registry of your own, import the class from `@iom/components/elements.js`.
 *
 * @module
 */
import { define } from './core/define.js';
import { IomMemberCounter } from './member-counter/member-counter.js';

define(IomMemberCounter);

export { IomMemberCounter };
