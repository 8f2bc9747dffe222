/*
 * The CDN bundle pasted more than once on a page with Trusted Types enforced (`trusted-types
 * lit-html`, no 'allow-duplicates'): Lit must be evaluated once, or its second `lit-html` policy
 * would throw. Same version: silent. Another version: the first stays, and its bundle gives one
 * warning per tag (the entry names no tag); an older bundle that cannot, one warning from the entry.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '../support/commands.js';
import { VERSION } from '../../src/core/version.js';
import { waitUntil } from '../support/helpers.js';
import { expectElementsWork, ourWarnings } from './support/checks.js';
import { closePages, frames, openPage, OTHER_VERSION, TAGS, upgraded, type EmbedPage } from './support/frame.js';

/** The scripts of the CDN build the page fetched, and how many copies of Lit it evaluated. */
function loaded(page: EmbedPage) {
  const files = page.window.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /\/iom-components\.[\w.-]+\.js$/.test(path));
  return { files, lits: (page.window as unknown as { litHtmlVersions?: string[] }).litHtmlVersions ?? [] };
}

describe('the CDN bundle pasted twice', () => {
  before(() => setViewport({ width: 1280, height: 900 }));
  afterEach(() => closePages());

  it('runs once, silently, from two query strings and a mirror', async () => {
    const page = await openPage('/test/embed/double-cdn.html');
    await upgraded(page);
    await frames(page);
    const entries = page.window.performance.getEntriesByType('resource').map((entry) => entry.name);
    // All three entries really ran…
    expect(entries.filter((name) => /\/iom-components\.js(\?|$)/.test(name))).to.have.length(3);
    // …and only the first loaded the bundle, so Lit was evaluated once.
    const { files, lits } = loaded(page);
    expect(files.filter((path) => path.includes('.bundle-'))).to.have.length(1);
    expect(files.every((path) => !path.includes('.bundle-') || path.startsWith('/dist/cdn/'))).to.equal(true);
    expect(lits).to.have.length(1);
    // The entry records the package version (written into it by the build, from package.json).
    const record = (page.window as unknown as Record<symbol, { version: string }>)[Symbol.for('@iom/components/cdn')];
    expect(record?.version).to.equal(VERSION);
    await expectElementsWork(page);
    expect(page.record.errors).to.deep.equal([]);
    expect(page.record.violations).to.deep.equal([]);
    expect(page.record.warnings).to.deep.equal([]);
  });

  it('keeps the first of two versions and warns once per tag, naming both', async () => {
    const page = await openPage('/test/embed/double-cdn-other-version.html');
    await upgraded(page);
    await frames(page);
    for (const tag of TAGS) {
      expect((page.window.customElements.get(tag) as unknown as { version: string }).version, tag).to.equal(VERSION);
    }
    const warnings = ourWarnings(page);
    expect(warnings.map((message) => /^\[([\w-]+)\]/.exec(message)![1])).to.have.members([...TAGS]);
    for (const message of warnings) expect(message).to.contain(VERSION).and.contain(OTHER_VERSION);
    expect(loaded(page).lits).to.have.length(1);
    await expectElementsWork(page);
    expect(ourWarnings(page)).to.have.length(TAGS.length);
    expect(page.record.errors).to.deep.equal([]);
    expect(page.record.violations).to.deep.equal([]);
  });

  it('leaves the page to an older version whose bundle cannot warn for it: loads nothing, one warning', async () => {
    const page = await openPage('/test/embed/double-cdn-older-version.html?csp=none');
    await waitUntil(() => ourWarnings(page).length > 0, 'the warning');
    await frames(page);
    expect(ourWarnings(page)).to.deep.equal([
      `[iom-components] version: "${VERSION}" was not registered: version 0.0.1 already defines the components; kept version 0.0.1`,
    ]);
    expect(loaded(page).files, 'no bundle fetched').to.deep.equal([]);
    expect(page.window.customElements.get('iom-member-counter')).to.equal(undefined);
    expect(page.record.errors).to.deep.equal([]);
  });
});
