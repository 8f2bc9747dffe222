/*
 * Client side of the server-rendered pages (demo/ssr*.html): hydration support before Lit, then
 * the page's translations, then the elements, which adopt their declarative shadow roots. The
 * same build as the server's (dist/): hydration needs the very same templates.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { configureIomLocalization } from '../dist/localization.js';

await configureIomLocalization();
await import('../dist/index.js');
