/*
 * An app built on the npm build and the CDN bundle pasted into the same page: two copies of Lit.
 * The first copy to define a tag keeps it; with another version, one warning per tag names both.
 * Under Trusted Types the second Lit needs `'allow-duplicates'`: the README tells webmasters so,
 * and the last test shows what happens without it.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '../support/commands.js';
import { itExceptIn, WITHOUT_TRUSTED_TYPES } from '../support/engine.js';
import { VERSION } from '../../src/core/version.js';
import { waitUntil } from '../support/helpers.js';
import { expectElementsWork, ourWarnings } from './support/checks.js';
import { closePages, frames, openPage, OTHER_VERSION, TAGS, upgraded, type EmbedPage } from './support/frame.js';

const litCopies = (page: EmbedPage) => (page.window as unknown as { litHtmlVersions?: string[] }).litHtmlVersions ?? [];
const versionOf = (page: EmbedPage, tag: string) =>
  (page.window.customElements.get(tag) as unknown as { version: string }).version;

const cdnRecord = (page: EmbedPage) =>
  (page.window as unknown as Record<symbol, { bundle: Promise<unknown> } | undefined>)[Symbol.for('@iom/components/cdn')];

/**
 * Resolves once the CDN bundle, loaded after the app, has been evaluated and has defined its
 * elements or left them alone (its English strings need no loading: that happens in the same task).
 * A bundle that fails to load fails the test.
 */
async function cdnLoaded(page: EmbedPage): Promise<void> {
  await waitUntil(() => cdnRecord(page), 'the CDN entry ran');
  await cdnRecord(page)!.bundle;
  await frames(page);
}

describe('the npm build and the CDN bundle on one page', () => {
  before(() => setViewport({ width: 1280, height: 900 }));
  afterEach(() => closePages());

  it("works silently with the same version, under Trusted Types with 'allow-duplicates'", async () => {
    const page = await openPage('/test/embed/npm-and-cdn.html?csp=allow-duplicates');
    await upgraded(page);
    await cdnLoaded(page);
    expect(litCopies(page), 'two copies of Lit evaluated').to.have.length(2);
    for (const tag of TAGS) expect(versionOf(page, tag), tag).to.equal(VERSION);
    await expectElementsWork(page);
    expect(page.record.errors).to.deep.equal([]);
    expect(page.record.violations).to.deep.equal([]);
    expect(ourWarnings(page)).to.deep.equal([]);
  });

  it('keeps the version that came first and warns once per tag, naming both', async () => {
    const page = await openPage('/test/embed/npm-other-version-and-cdn.html?csp=allow-duplicates');
    await upgraded(page);
    await cdnLoaded(page);
    for (const tag of TAGS) expect(versionOf(page, tag), tag).to.equal(OTHER_VERSION);
    const warnings = ourWarnings(page);
    expect(warnings.map((message) => /^\[([\w-]+)\]/.exec(message)![1])).to.have.members([...TAGS]);
    for (const message of warnings) expect(message).to.contain(VERSION).and.contain(OTHER_VERSION);
    console.log(`npm ${OTHER_VERSION} then CDN ${VERSION}: ${warnings[0]}`);
    await expectElementsWork(page);
    expect(ourWarnings(page)).to.have.length(TAGS.length);
    expect(page.record.errors).to.deep.equal([]);
    expect(page.record.violations).to.deep.equal([]);
  });

  // Refused by Trusted Types: where they do not exist, nothing refuses the second Lit.
  itExceptIn(
    WITHOUT_TRUSTED_TYPES,
    "without 'allow-duplicates', the second Lit is refused (one violation, one error) and the first copy's elements still work",
    async () => {
      const page = await openPage('/test/embed/npm-and-cdn.html');
      await upgraded(page);
      // The test must not handle the bundle's failure itself: the page reports it as uncaught.
      await waitUntil(() => page.record.errors.length > 0 && page.record.violations.length > 0, 'the refusal is reported');
      await frames(page);
      expect(litCopies(page), 'only the first copy of Lit evaluated').to.have.length(1);
      expect(page.record.violations.map((violation) => violation.split(' ')[0])).to.deep.equal(['trusted-types']);
      expect(page.record.errors).to.have.length(1);
      expect(page.record.errors[0]).to.contain('lit-html');
      console.log(
        `npm build then CDN bundle under 'trusted-types lit-html': ${page.record.violations[0]} / ${page.record.errors[0]}`,
      );
      await expectElementsWork(page);
    },
  );
});
