import { VERSION } from './version.js';
import { warn } from './warn.js';

/**
 * A custom element class as `define` registers it: under its standard tag, and with the version
 * that made it, which another copy of the library reads when it meets the same tag.
 */
export interface DefinableElement extends CustomElementConstructor {
  readonly tagName: string;
  readonly version?: string;
}

/**
 * Registers `element` under its standard tag (`element.tagName`) without ever throwing.
 *
 * The same tag may arrive twice when a page loads the script twice or mixes the CDN bundle with an
 * npm build. If the tag is taken by the same version, nothing happens; if by another version, the
 * first registration stays and one warning names both versions.
 */
export function define(element: DefinableElement): void {
  const registry = globalThis.customElements;
  if (!registry) return; // server rendering without a DOM shim: nothing to register
  const tag = element.tagName;
  const existing = registry.get(tag) as DefinableElement | undefined;
  if (existing) {
    if (existing !== element && existing.version !== VERSION) warnTagTaken(tag, VERSION, existing.version);
    return;
  }
  try {
    registry.define(tag, element);
  } catch (error) {
    // A scoped or polyfilled registry may still refuse (e.g. the class is already registered under another name).
    warn(tag, 'registration', String(error), 'failed', 'the tag stays undefined');
  }
}

/**
 * The warning when `version` of the library does not register `tag` because version `kept` already
 * did: given by `define`, and by the CDN bundle for the entry of another version, which loads nothing.
 */
export function warnTagTaken(tag: string, version: string, kept = 'unknown'): void {
  warn(tag, 'version', version, `was not registered: version ${kept} already defines this tag`, `kept version ${kept}`);
}
