import { VERSION } from './version.js';
import { warn } from './warn.js';

/** What `define` records on each class so another copy of the library can tell which version it is. */
export interface VersionedElement extends CustomElementConstructor {
  readonly version?: string;
}

/**
 * Registers a custom element without ever throwing.
 *
 * The same tag may arrive twice when a page loads the script twice or mixes the CDN bundle with an
 * npm build. If the tag is taken by the same version, nothing happens; if by another version, the
 * first registration stays and one warning names both versions.
 */
export function define(tag: string, element: VersionedElement): void {
  const registry = globalThis.customElements;
  if (!registry) return; // server rendering without a DOM shim: nothing to register
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (existing) {
    if (existing !== element && existing.version !== VERSION) {
      warn(
        tag,
        'version',
        VERSION,
        `was not registered: version ${existing.version ?? 'unknown'} already defines this tag`,
        `kept version ${existing.version ?? 'unknown'}`,
      );
    }
    return;
  }
  try {
    registry.define(tag, element);
  } catch (error) {
    // A scoped or polyfilled registry may still refuse (e.g. the class is already registered under another name).
    warn(tag, 'registration', String(error), 'failed', 'the tag stays undefined');
  }
}
