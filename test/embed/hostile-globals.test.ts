/*
 * The CDN bundle on a page whose other scripts changed its globals first (hostile-globals.html):
 * enumerable properties on the built-ins' prototypes, something else in the entry's global slot.
 * Whatever it finds, the entry does not throw: the four elements are defined and work, with at most
 * one warning naming what was in the way.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '../support/commands.js';
import { waitUntil } from '../support/helpers.js';
import { VERSION } from '../../src/core/version.js';
import { expectElementsWork, ourWarnings } from './support/checks.js';
import { closePages, figuresShown, openPage, OTHER_VERSION, TAGS, textOf, upgraded, type EmbedPage } from './support/frame.js';

const PAGE = '/test/embed/hostile-globals.html';
const SLOT = Symbol.for('@iom/components/cdn');
const slotOf = (page: EmbedPage) => (page.window as unknown as Record<symbol, { version?: string } | undefined>)[SLOT];

/** The properties a `for…in` over `value` sees. */
function enumerated(value: object): string[] {
  const names: string[] = [];
  for (const name in value) names.push(name);
  return names;
}

describe('the CDN bundle on a page with hostile globals', () => {
  before(() => setViewport({ width: 1280, height: 900 }));
  afterEach(() => closePages());

  it('works on prototypes polluted by a merge and by old-style libraries', async () => {
    const page = await openPage(`${PAGE}?pollute`);
    // The pollution is really there, where a `for…in` sees it.
    const { Object: FrameObject, Array: FrameArray } = page.window;
    expect(enumerated(new FrameObject())).to.include.members(['foo', 'polluted', 'settings', 'extend']);
    expect(enumerated(new FrameArray())).to.include.members(['foo', 'each']);
    expect(enumerated(FrameObject), 'a function').to.include.members(['foo', 'delay']);
    await upgraded(page);
    await expectElementsWork(page);
    expect(page.record.errors).to.deep.equal([]);
    expect(page.record.warnings).to.deep.equal([]);
  });

  it('works when Object.prototype holds members of the options it gives the platform and Lit', async () => {
    const page = await openPage(`${PAGE}?pollute=options`);
    expect(enumerated(new page.window.Object())).to.include.members(['integrity', 'slotAssignment', 'noAccessor', 'style']);
    await upgraded(page);
    // Attributes are read, and numbers and dates formatted as on a clean page.
    expect(figuresShown(page.counter)).to.deep.equal(['175', '171']);
    expect(textOf(page.card.shadowRoot!.querySelector('time')!)).to.equal('5 septembre 2018');
    await expectElementsWork(page);

    // Slotted content is shown; a `src` is fetched (a GET, no integrity check), and a counter counts when in view.
    const nav = page.document.createElement('iom-mega-nav');
    const logoLink = Object.assign(page.document.createElement('a'), { slot: 'logo', href: '/fr', textContent: 'OIM' });
    nav.append(logoLink);
    nav.src = '/test/mega-nav/data/nav.{lang}.json';
    const counter = page.document.createElement('iom-member-counter');
    counter.duration = 200;
    page.document.body.prepend(nav, counter);
    await waitUntil(() => nav.shadowRoot!.querySelector('button.toggle'), 'the navigation from its src', { timeout: 5000 });
    const logo = nav.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="logo"]')!;
    expect(logo.assignedElements().map((element) => element.textContent)).to.deep.equal(['OIM']);
    await waitUntil(
      () => figuresShown(counter).join() === '175,171' && !counter.shadowRoot!.querySelector('.counting'),
      'the count ends',
      {
        timeout: 5000,
      },
    );
    expect(page.record.errors).to.deep.equal([]);
    expect(ourWarnings(page)).to.deep.equal([]);
  });

  const NOT_OURS = "is not this script's record";
  const REPLACED = 'replaced it';
  const WITHOUT = 'loaded the components without it';
  /** What assets/hostile-globals.js leaves in the slot → what the entry says about it. */
  const slots: Record<string, string> = {
    string: `"loaded" ${NOT_OURS}; ${REPLACED}`,
    'wrong-version-type': `{"version":1,"bundle":{}} ${NOT_OURS}; ${REPLACED}`,
    'no-bundle': `{"version":"0.0.1"} ${NOT_OURS}; ${REPLACED}`,
    frozen: `{"version":"0.0.1"} ${NOT_OURS}; ${REPLACED}`,
    'throwing-getter': `cannot be read; ${WITHOUT}`,
    'non-configurable': `"taken" ${NOT_OURS}; ${WITHOUT}`,
    'non-writable-empty': `cannot be written; ${WITHOUT}`,
  };
  for (const [slot, message] of Object.entries(slots)) {
    it(`defines the elements when the slot holds: ${slot}, and warns once`, async () => {
      const page = await openPage(`${PAGE}?slot=${slot}`);
      await upgraded(page);
      await expectElementsWork(page);
      expect(page.record.errors).to.deep.equal([]);
      expect(page.record.warnings).to.deep.equal([`[iom-components] Symbol.for("@iom/components/cdn"): ${message}`]);
      // Replaced, the slot now keeps a later copy of the entry from loading the bundle again.
      if (message.endsWith(REPLACED)) expect(slotOf(page)?.version).to.equal(VERSION);
    });
  }

  it('keeps a frozen record of another version and still warns once per tag', async () => {
    const page = await openPage(`${PAGE}?slot=frozen-record`);
    await upgraded(page);
    // The second entry runs after the first one's elements are defined.
    await waitUntil(() => ourWarnings(page).length || page.record.errors.length, 'the other version ran');
    expect(Object.isFrozen(slotOf(page))).to.equal(true);
    expect(page.record.errors).to.deep.equal([]);
    await expectElementsWork(page);
    const warnings = ourWarnings(page);
    expect(warnings.map((message) => /^\[([\w-]+)\]/.exec(message)![1])).to.have.members([...TAGS]);
    for (const message of warnings) expect(message).to.contain(VERSION).and.contain(OTHER_VERSION);
  });
});
