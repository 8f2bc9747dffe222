/*
 * Values of the wrong type, as React or a plain script easily sets them (`phone = 2027168820`,
 * `href = {}`, `sections = 'x'`), never crash an element. Every public property of every element
 * (read from the classes' own `elementProperties`, so a new one is covered at once) gets several
 * wrong types, set before the element is first rendered (as React does) and after: no error is
 * thrown, the element still renders what its other properties say, and a refused value gets one
 * warning naming the tag, the property and the value. A number given to a text property is
 * written as its digits, as its attribute would be.
 */
import { expect } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import '../../src/index.js';
import type { IomMegaNav, IomMemberCounter, IomNewsCard, IomPressContact } from '../../src/index.js';
import { captureWarnings, setPageLanguage } from '../support/helpers.js';
import { oneLinkList } from './light-list.js';
import { captureErrors, make, TAGS, trackFetches } from './support.js';

type Tag = (typeof TAGS)[number];
type Values = Record<string, unknown>;

interface Subject {
  /** A connected-ready element whose every property is valid, rendering without a warning. */
  create: () => HTMLElement & ReactiveElement;
  /** What the valid element renders (found in its shadow root's HTML), with the properties each depends on. */
  markers: [needs: string[], marker: string][];
  /**
   * What the element says when a property is not given at all, which a refused value (ignored,
   * as if not given) says too: not the warning about the value itself.
   */
  absent?: Record<string, string>;
}

function create<T extends HTMLElement & ReactiveElement>(tag: Tag, values: Values, content?: Element): T {
  const el = make(tag) as unknown as T;
  Object.assign(el, values);
  if (content) el.append(content);
  return el;
}

const subjects: Record<Tag, Subject> = {
  'iom-mega-nav': {
    create: () =>
      create<IomMegaNav>(
        'iom-mega-nav',
        {
          sections: [{ label: 'Section marker', groups: [{ label: 'Group', links: [{ label: 'Link', href: '/marker-link' }] }] }],
          label: 'Label marker',
          current: '/marker-link',
          collapseBelow: 0,
        },
        oneLinkList('Light', '/light'),
      ),
    markers: [
      [['sections'], 'Section marker'],
      [['label'], 'aria-label="Label marker"'],
      [['sections', 'current'], 'aria-current="page"'],
    ],
  },
  'iom-news-card': {
    create: () =>
      create<IomNewsCard>('iom-news-card', {
        headline: 'Headline marker',
        href: '/marker-href',
        date: '2018-09-05',
        location: 'Location marker',
        image: '/test/news-card/square.svg',
        imageAlt: 'Alt marker',
        category: 'Category marker',
        headingLevel: 2,
        layout: 'horizontal',
      }),
    markers: [
      [['headline'], 'Headline marker'],
      [['headline', 'href'], 'href="/marker-href"'],
      [['headline', 'headingLevel'], '<h2'],
      [['date'], 'datetime="2018-09-05"'],
      [['location'], 'Location marker'],
      [['image'], 'src="/test/news-card/square.svg"'],
      [['image', 'imageAlt'], 'alt="Alt marker"'],
      [['category'], 'Category marker'],
      [['layout'], 'horizontal'],
    ],
    absent: { headline: '"headline": "" is empty', imageAlt: 'has no image-alt' },
  },
  'iom-press-contact': {
    create: () =>
      create<IomPressContact>('iom-press-contact', {
        name: 'Name marker',
        jobTitle: 'Title marker',
        office: 'Office marker',
        phone: '+1 202 716 8820',
        email: 'press@example.org',
        subject: 'Subject marker',
        heading: 'Heading marker',
        headingLevel: 2,
      }),
    markers: [
      [['name'], 'Name marker'],
      [['jobTitle'], 'Title marker'],
      [['office'], 'Office marker'],
      [['phone'], 'href="tel:+12027168820"'],
      [['email'], 'href="mailto:press@example.org'],
      [['email', 'subject'], 'subject=Subject%20marker'],
      [['heading'], 'Heading marker'],
      [['headingLevel'], '<h2'],
    ],
  },
  'iom-member-counter': {
    create: () => create<IomMemberCounter>('iom-member-counter', { memberStates: 150, countries: 140, duration: 0 }),
    markers: [
      [['memberStates'], '150'],
      [['countries'], '140'],
    ],
  },
};

interface Property {
  name: string;
  /** How warnings may name it: the property, or its attribute. */
  names: string[];
  /** Set as a property only (no attribute): a string is the wrong type too. */
  propertyOnly: boolean;
}

/** The public properties of the element class of `tag`, as Lit declares them (its internal state left out). */
function publicProperties(tag: Tag): Property[] {
  const declared = (customElements.get(tag) as unknown as typeof ReactiveElement).elementProperties;
  return [...declared]
    .filter(([, options]) => !options.state)
    .map(([key, { attribute }]) => {
      const name = String(key);
      return {
        name,
        names: [name, typeof attribute === 'string' ? attribute : name.toLowerCase()],
        propertyOnly: attribute === false,
      };
    });
}

interface WrongValue {
  value: unknown;
  /** What the warning shows of it. */
  shown: string;
  /** Refused (one warning), rather than possibly read (a number written as its digits, `null` for "not given", `NaN` as a number property's bad value). */
  refused: boolean;
}

/**
 * Values of wrong types, each made distinct by `id` (a message already printed is not printed
 * again); `first` tells the two series apart for the values that cannot carry it.
 */
function wrongValues(id: string, first: boolean, { propertyOnly }: Property): WrongValue[] {
  const refused = (value: unknown): WrongValue => ({
    value,
    shown: typeof value === 'object' ? id : String(value),
    refused: true,
  });
  const read = (value: unknown): WrongValue => ({ value, shown: String(value), refused: false });
  return [
    refused(first), // true, then false
    refused({ object: id }),
    refused([id]),
    refused(Object.assign(Object.create(null) as object, { prototypeless: id })),
    refused(Symbol(id)),
    refused(first ? () => id : (id: string) => id), // what the warning shows is its source
    ...(propertyOnly ? [refused(`wrong ${id}`)] : []),
    (propertyOnly ? refused : read)(first ? 2026 : -0.5),
    read(NaN),
    read(null),
  ];
}

interface Attempt {
  thrown: unknown[];
  warnings: string[];
  html: string;
}

/** Sets `name` to `value` on a valid element, before its first render or after, and records what happens. */
async function attempt(subject: Subject, name: string, value: unknown, beforeRender: boolean): Promise<Attempt> {
  const el = subject.create();
  if (!beforeRender) {
    document.body.append(el);
    await el.updateComplete;
  }
  const errors = captureErrors();
  const capture = captureWarnings();
  const network = trackFetches();
  const thrown: unknown[] = [];
  try {
    (el as unknown as Values)[name] = value;
    if (beforeRender) document.body.append(el);
    await el.updateComplete;
    if (name === 'src') await network.idle(); // a `src` of digits is requested (and fails)
    await el.updateComplete;
  } catch (error) {
    thrown.push(error);
  } finally {
    network.stop();
    capture.stop();
    errors.stop();
  }
  const html = el.shadowRoot?.innerHTML ?? '';
  el.remove();
  return { thrown: [...thrown, ...errors.errors], warnings: capture.messages, html };
}

describe('Hardening: wrong types never crash an element', () => {
  before(() => setPageLanguage('en'));

  it('reads the public properties from the element classes', () => {
    expect(publicProperties('iom-press-contact').map(({ name }) => name)).to.include.members(['phone', 'headingLevel']);
    expect(publicProperties('iom-mega-nav').map(({ name }) => name))
      .to.include('sections')
      .and.not.include('openIndex');
  });

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      const subject = subjects[tag];
      for (const property of publicProperties(tag)) {
        const { name, names } = property;
        it(`"${name}"`, async () => {
          for (const beforeRender of [true, false]) {
            const when = beforeRender ? 'before the first render' : 'after';
            const values = wrongValues(`${tag} ${name} ${when}`, beforeRender, property);
            for (const { value, shown, refused } of values) {
              const { thrown, warnings, html } = await attempt(subject, name, value, beforeRender);
              const what = `${name} = ${shown}, ${when}`;
              expect(thrown, `${what}: errors`).to.deep.equal([]);
              for (const [needs, marker] of subject.markers)
                if (!needs.includes(name)) expect(html, `${what}: still renders ${marker}`).to.include(marker);
              const absent = subject.absent?.[name];
              const about = warnings.filter((warning) => !absent || !warning.includes(absent));
              if (refused) {
                expect(about, `${what}: one warning`).to.have.length(1);
                expect(about[0]).to.include(`[${tag}]`).and.include(shown);
                expect(
                  names.some((named) => about[0]!.includes(`"${named}"`)),
                  `${about[0]} names the property`,
                ).to.equal(true);
              } else expect(about.length, `${what}: warnings ${JSON.stringify(about)}`).to.be.at.most(1);
            }
          }
        });
      }
    });
  }

  describe('a number given to a text property is written as its digits', () => {
    it('phone = 2027168820: a tel: link', async () => {
      const contact = create<IomPressContact>('iom-press-contact', { phone: 2027168820 });
      const warnings = await attemptConnected(contact);
      const link = contact.shadowRoot!.querySelector('a#phone')!;
      expect([link.textContent, link.getAttribute('href')]).to.deep.equal(['2027168820', 'tel:2027168820']);
      expect(warnings).to.deep.equal([]);
    });

    it('headline = 2026: the heading and its link', async () => {
      const card = create<IomNewsCard>('iom-news-card', { headline: 2026, href: '/2026' });
      const warnings = await attemptConnected(card);
      expect(card.shadowRoot!.querySelector('h3 a[href="/2026"]')?.textContent).to.equal('2026');
      expect(warnings).to.deep.equal([]);
    });

    it('src = 42: the relative URL "42" is requested', async () => {
      const counter = create<IomMemberCounter>('iom-member-counter', { src: 42, duration: 0 });
      const network = trackFetches();
      const capture = captureWarnings();
      try {
        document.body.append(counter);
        await counter.updateComplete;
        await network.idle();
      } finally {
        capture.stop();
        network.stop();
      }
      expect(network.urls).to.deep.equal(['42']);
      expect(capture.messages).to.deep.equal(['[iom-member-counter] src: "42" answered HTTP 404; kept the current content']);
    });
  });
});

/** Connects `el`, returns the warnings of its first render and leaves it in the page until the test ends. */
async function attemptConnected(el: HTMLElement & ReactiveElement): Promise<string[]> {
  const capture = captureWarnings();
  try {
    document.body.append(el);
    await el.updateComplete;
  } finally {
    capture.stop();
  }
  return capture.messages;
}

afterEach(() => {
  for (const el of document.querySelectorAll(TAGS.join(','))) el.remove();
});
