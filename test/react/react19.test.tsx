/**
 * React 19 with the tags themselves (the example app of demo/react): properties, attributes and
 * events, typed by src/react-jsx.ts.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '../support/commands.js';
import '../../src/index.js';
import { IomCopyEvent, IomNavToggleEvent, type IomMegaNav, type IomPressContact, type NavSection } from '../../src/index.js';
import type {} from '../../src/react-jsx.js';
import { App } from '../../demo/react/App.js';
import { sections } from '../../demo/react/data.js';
import { stubClipboard } from '../press-contact/support.js';
import { textOf } from '../support/helpers.js';
import { cleanup, render, rerender, textBecomes } from './support.js';

/** The nav, rendered and measured (its layout, wide or narrow, is known after a frame). */
const navIn = async (container: HTMLElement) => {
  const nav = container.querySelector('iom-mega-nav')!;
  await nav.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return nav;
};
const toggle = (nav: IomMegaNav, label: string) =>
  [...nav.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.toggle')].find((button) => textOf(button) === label)!;
const topLabels = (nav: IomMegaNav) => [...nav.shadowRoot!.querySelectorAll('[data-top]')].map(textOf);
const status = (container: HTMLElement, id: string) => container.querySelector(`[data-testid="${id}"]`)!;

describe('React 19 with the tags (demo/react)', () => {
  before(() => setViewport({ width: 1280, height: 800 })); // the nav's wide layout
  afterEach(cleanup);

  it('sets `sections` as a property: the nav renders the labels and links from the array', async () => {
    const container = render(<App />);
    const nav = await navIn(container);
    expect(nav.sections, 'the very array, not a string attribute').to.equal(sections);
    expect(nav.hasAttribute('sections')).to.equal(false);
    expect(topLabels(nav)).to.deep.equal([
      'Who We Are',
      'Who We Are submenu, current section',
      'Our Work',
      'Data and Research',
      'News',
    ]);
    const links = [...nav.shadowRoot!.querySelectorAll('a.link')].map(textOf);
    expect(links).to.include.members(['Director General', 'Climate Action', 'World Migration Report']);
    // `current` is a property too: the page's link is marked.
    expect(nav.shadowRoot!.querySelector('[aria-current="page"]')!.textContent).to.equal('Member States');
    expect(nav.querySelector('[slot="logo"]')!.textContent).to.equal('IOM · UN Migration');
  });

  it('follows a new `sections` array on re-render', async () => {
    const container = render(<App />);
    const nav = await navIn(container);
    const fewer: NavSection[] = [{ label: 'Donate', href: '/en/donate', groups: [] }];
    rerender(container, <App sections={fewer} />);
    await nav.updateComplete;
    expect(container.querySelector('iom-mega-nav'), 'the same element').to.equal(nav);
    expect(topLabels(nav)).to.deep.equal(['Donate']);
  });

  it('calls the oniom-nav-toggle handler: a click on a section updates React state shown on the page', async () => {
    const container = render(<App />);
    const nav = await navIn(container);
    const shown = status(container, 'nav-status');
    expect(textOf(shown)).to.equal('No section open (0 iom-nav-toggle events)');

    toggle(nav, 'Our Work').click();
    await textBecomes(shown, 'Open section: Our Work (1 iom-nav-toggle events)');
    // Opening another section closes the first: two events.
    toggle(nav, 'Data and Research').click();
    await textBecomes(shown, 'Open section: Data and Research (3 iom-nav-toggle events)');
    toggle(nav, 'Data and Research').click();
    await textBecomes(shown, 'No section open (4 iom-nav-toggle events)');
  });

  it('passes the IomNavToggleEvent to the handler, and removes the listener on unmount', async () => {
    const details: unknown[] = [];
    const events: Event[] = [];
    const container = render(
      <iom-mega-nav
        sections={sections}
        oniom-nav-toggle={(event) => {
          events.push(event);
          details.push({ ...event.detail, type: event.type });
        }}
      />,
    );
    const nav = await navIn(container);
    toggle(nav, 'Our Work').click();
    expect(details).to.deep.equal([{ index: 1, id: 'our-work', label: 'Our Work', open: true, type: 'iom-nav-toggle' }]);
    expect(events[0]).to.be.instanceOf(IomNavToggleEvent);
    rerender(container, <iom-mega-nav sections={sections} />);
    toggle(nav, 'Our Work').click();
    expect(details).to.have.length(1);
  });

  it('sets element properties for camelCase props and attributes for kebab-case ones', async () => {
    const container = render(
      <>
        <iom-mega-nav sections={sections} collapse-below={480} className="site-nav" />
        <iom-news-card headline="Camel" headingLevel={2} image-alt="" />
        <iom-member-counter member-states="180" countries={100} duration={0} />
      </>,
    );
    const nav = await navIn(container);
    expect(nav.getAttribute('collapse-below')).to.equal('480');
    expect(nav.className).to.equal('site-nav');
    const card = container.querySelector('iom-news-card')!;
    await card.updateComplete;
    expect(card.hasAttribute('headline')).to.equal(false);
    expect(card.headingLevel).to.equal(2);
    expect(card.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Camel');
    const counter = container.querySelector('iom-member-counter')!;
    expect(counter.getAttribute('member-states')).to.equal('180');
    expect(counter.hasAttribute('countries')).to.equal(false);
    expect(counter.countries).to.equal(100);
    await textBecomes(counter.shadowRoot!.querySelector('[part="sentence"]')!, '180 Member States, present in 100 countries');
  });

  it('renders the other three tags of the app from their props', async () => {
    const container = render(<App />);
    const card = container.querySelector('iom-news-card')!;
    const contact = container.querySelector('iom-press-contact')!;
    const counter = container.querySelector('iom-member-counter')!;
    await Promise.all([card.updateComplete, contact.updateComplete, counter.updateComplete]);
    expect(card.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal(
      'IOM supports the implementation of the Summit of the Americas mandates',
    );
    expect(card.shadowRoot!.querySelector('img')!.alt).to.match(/^Illustration: the headquarters/);
    expect(card.querySelector('p')!.textContent).to.match(/^IOM reaffirms/);
    expect(contact.shadowRoot!.querySelector('h3')!.textContent!.trim()).to.equal('Press contact');
    expect(textOf(contact.shadowRoot!.querySelector('address'))).to.contain('Liz Lizama Media and Communications Officer');
    expect(counter.memberStates).to.equal(175);
    expect(textOf(counter.shadowRoot!.querySelector('[part="sentence"]'))).to.contain('Member States');
  });

  it('calls the oniom-copy handler', async () => {
    const clipboard = stubClipboard('resolve');
    try {
      const container = render(<App />);
      const contact = container.querySelector<IomPressContact>('iom-press-contact')!;
      await contact.updateComplete;
      contact.shadowRoot!.querySelector<HTMLButtonElement>('button#copy-email')!.click();
      await textBecomes(status(container, 'copy-status'), 'Copied the email');
      expect(clipboard.written).to.deep.equal(['elizama@iom.int']);
    } finally {
      clipboard.restore();
    }
  });
});

// Type checks (tsc): the JSX types reject what the elements do not take.
export const typeChecks = () => [
  // @ts-expect-error sections is an array of sections, not a string
  <iom-mega-nav sections="nav.json" />,
  // @ts-expect-error the event detail is NavToggleDetail
  <iom-mega-nav oniom-nav-toggle={(event: CustomEvent<string>) => event} />,
  // @ts-expect-error no such property
  <iom-news-card headlin="typo" />,
  <iom-press-contact oniom-copy={(event) => event.detail.field satisfies 'phone' | 'email'} />,
  // The handlers receive the event classes.
  <iom-mega-nav oniom-nav-toggle={(event) => event satisfies IomNavToggleEvent} />,
  <iom-press-contact oniom-copy={(event) => event satisfies IomCopyEvent} />,
];
