/*
 * Property-based tests of the one URL allow-list (issue 13), and of what the elements render with
 * it: on long, random and adversarial strings `safeUrl` ends, never throws, and whatever it keeps
 * resolves, as a click resolves it, to an allowed scheme.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { FETCH_SCHEMES, LINK_SCHEMES, safeUrl } from '../../src/core/safe-url.js';
import { fixture, html } from '../support/helpers.js';
import { anyText, check, urlish } from './arbitraries.js';
import { ourShadowRoots, shadowRootProblems } from './support.js';

/** What the URL standard strips around a URL: C0 controls and spaces. */
const trimmed = (url: string) => url.replace(/^[\0- ]+/, '').replace(/[\0- ]+$/, '');

/** The scheme a click on `url` would follow on this page, or `undefined` when it does not resolve. */
function schemeOf(url: string): string | undefined {
  try {
    return new URL(url, document.baseURI).protocol;
  } catch {
    return undefined;
  }
}

const anyUrl = fc.oneof(urlish, anyText(2000));

describe('safeUrl (property-based)', () => {
  for (const [name, schemes] of [
    ['links', LINK_SCHEMES],
    ['fetch', FETCH_SCHEMES],
  ] as const) {
    it(`keeps a URL (trimmed as a browser trims it) only when it resolves to an allowed scheme (${name})`, () =>
      check(
        fc.property(anyUrl, (url) => {
          const kept = safeUrl(url, schemes);
          if (kept === undefined) return;
          expect(kept).to.equal(trimmed(url));
          expect(schemes).to.include(schemeOf(kept));
        }),
      ));
  }

  /** A refused scheme written the ways a browser still reads it: any case, tabs and newlines inside, controls and spaces before. */
  const refused = fc
    .tuple(
      fc.constantFrom(
        'javascript',
        'data',
        'vbscript',
        'file',
        'blob',
        'about',
        'ftp',
        'ws',
        'view-source',
        'intent',
        'jar',
        'x-custom',
      ),
      fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
      fc.array(fc.constantFrom('', '', '', '\t', '\n', '\r'), { minLength: 12, maxLength: 12 }),
      fc.string({ unit: fc.constantFrom(' ', '\0', '\x01', '\x1f', '\t'), maxLength: 3 }),
      anyText(100),
    )
    .map(
      ([scheme, upper, inside, before, rest]) =>
        `${before}${[...scheme].map((c, i) => `${i ? inside[i] : ''}${upper[i] ? c.toUpperCase() : c}`).join('')}:${rest}`,
    );

  it('refuses every other scheme, however it is written', () =>
    check(
      fc.property(refused, (url) => {
        expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
      }),
    ));
});

describe('rendered links (property-based)', () => {
  it('a news card and a navigation given any URLs render only links and images of allowed schemes', () =>
    check(
      fc.asyncProperty(urlish, urlish, urlish, async (href, image, link) => {
        const sections = [
          { label: 'Section', href, groups: [{ label: 'Group', href: link, links: [{ label: 'Link', href: link }] }] },
        ];
        const container = await fixture(html`
          <div>
            <iom-news-card headline="Headline" href=${href} image=${image} image-alt="Alt"></iom-news-card>
            <iom-mega-nav .sections=${sections} current=${link}></iom-mega-nav>
          </div>
        `);
        expect(shadowRootProblems(ourShadowRoots(container))).to.deep.equal([]);
      }),
      60,
    ));
});
