/*
 * The CDN entry a webmaster pastes. It stays tiny and loads the real bundle once per page: two
 * script tags, even from two different URLs, must not evaluate Lit twice (Lit creates its Trusted
 * Types policy when evaluated, and a strict page allows that policy name only once).
 */
const loaded = Symbol.for('@iom/components/cdn');
const page = globalThis as typeof globalThis & { [loaded]?: Promise<unknown> };
page[loaded] ??= import('./bundle.js');
