/**
 * The `@lit/react` wrappers of src/react.ts (for React 18, usable in 19): props set as properties,
 * `onNavToggle` and `onCopy` as event listeners. This file imports nothing but the wrappers, which
 * define the tags themselves.
 */
import { expect } from '@open-wc/testing';
import { createRef, useState } from 'react';
import {
  IomMegaNav,
  IomMemberCounter,
  IomNewsCard,
  IomPressContact,
  type IomMegaNavElement,
  type IomCopyDetail,
  type IomCopyEvent,
  type IomNavToggleEvent,
  type NavSection,
  type NavToggleDetail,
} from '../../src/react.js';
import { stubClipboard } from '../press-contact/support.js';
import { textOf } from '../support/helpers.js';
import { cleanup, render, rerender, textBecomes } from './support.js';

const sections: NavSection[] = [
  { label: 'Who We Are', groups: [{ label: 'Structure', links: [{ label: 'Director General', href: '/en/dg' }] }] },
  {
    id: 'our-work',
    label: 'Our Work',
    groups: [{ label: 'What We Do', links: [{ label: 'Climate Action', href: '/en/climate' }] }],
  },
];

function Nav() {
  const [last, setLast] = useState<NavToggleDetail>();
  return (
    <>
      <IomMegaNav sections={sections} collapseBelow={320} onNavToggle={(event) => setLast(event.detail)} />
      <p data-testid="status">{last ? `${last.label} ${last.open ? 'opened' : 'closed'}` : 'Nothing yet'}</p>
    </>
  );
}

function Contact() {
  const [copied, setCopied] = useState<IomCopyDetail>();
  return (
    <>
      <IomPressContact name="Liz Lizama" phone="+1 202 716 8820" headingLevel={4} onCopy={(event) => setCopied(event.detail)} />
      <p data-testid="status">{copied ? `Copied the ${copied.field}` : 'Nothing copied'}</p>
    </>
  );
}

const toggles = (nav: Element) => [...nav.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.toggle')];

describe('@lit/react wrappers (src/react.ts)', () => {
  afterEach(cleanup);

  it('define the four tags', () => {
    for (const tag of ['iom-mega-nav', 'iom-news-card', 'iom-press-contact', 'iom-member-counter'])
      expect(customElements.get(tag), tag).not.to.equal(undefined);
  });

  it('IomMegaNav: sets sections and collapseBelow as properties, onNavToggle updates React state', async () => {
    const container = render(<Nav />);
    const nav = container.querySelector('iom-mega-nav')!;
    await nav.updateComplete;
    expect(nav.sections).to.equal(sections);
    expect(nav.collapseBelow).to.equal(320);
    expect(toggles(nav).map(textOf)).to.deep.equal(['Who We Are', 'Our Work']);
    const status = container.querySelector('[data-testid="status"]')!;
    toggles(nav)[1]!.click();
    await textBecomes(status, 'Our Work opened');
    toggles(nav)[1]!.click();
    await textBecomes(status, 'Our Work closed');
  });

  it('IomMegaNav: forwards the ref to the element and drops a removed listener', async () => {
    const ref = createRef<IomMegaNavElement>();
    const seen: string[] = [];
    const container = render(<IomMegaNav ref={ref} sections={sections} onNavToggle={(event) => seen.push(event.detail.id)} />);
    expect(ref.current).to.equal(container.querySelector('iom-mega-nav'));
    await ref.current!.updateComplete;
    toggles(ref.current!)[1]!.click();
    expect(seen).to.deep.equal(['our-work']);
    rerender(container, <IomMegaNav ref={ref} sections={sections} />);
    toggles(ref.current!)[0]!.click();
    expect(seen).to.deep.equal(['our-work']);
  });

  it('IomPressContact: sets the contact as properties, onCopy receives iom-copy', async () => {
    const clipboard = stubClipboard('resolve');
    try {
      const container = render(<Contact />);
      const contact = container.querySelector('iom-press-contact')!;
      await contact.updateComplete;
      expect(contact.name).to.equal('Liz Lizama');
      expect(contact.shadowRoot!.querySelector('h4')!.textContent!.trim()).to.equal('Press contact');
      contact.shadowRoot!.querySelector<HTMLButtonElement>('button#copy-phone')!.click();
      await textBecomes(container.querySelector('[data-testid="status"]')!, 'Copied the phone');
      expect(clipboard.written).to.deep.equal(['+1 202 716 8820']);
    } finally {
      clipboard.restore();
    }
  });

  it('IomNewsCard and IomMemberCounter: render from their props and children', async () => {
    const container = render(
      <>
        <IomNewsCard headline="Climate Action" href="/en/climate" category="Story" headingLevel={2} className="card">
          <p>Excerpt.</p>
        </IomNewsCard>
        <IomMemberCounter memberStates={193} countries={100} duration={0} />
      </>,
    );
    const card = container.querySelector('iom-news-card')!;
    const counter = container.querySelector('iom-member-counter')!;
    await Promise.all([card.updateComplete, counter.updateComplete]);
    expect(card.className).to.equal('card');
    expect(card.shadowRoot!.querySelector('h2 a')!.getAttribute('href')).to.equal('/en/climate');
    expect(card.querySelector('p')!.textContent).to.equal('Excerpt.');
    expect(counter.memberStates).to.equal(193);
    await textBecomes(counter.shadowRoot!.querySelector('[part="sentence"]')!, '193 Member States, present in 100 countries');
  });
});

// Type checks (tsc): the event props receive the event classes.
export const typeChecks = () => [
  <IomMegaNav onNavToggle={(event) => event satisfies IomNavToggleEvent} />,
  <IomPressContact onCopy={(event) => event satisfies IomCopyEvent} />,
  // @ts-expect-error the event of onNavToggle is an IomNavToggleEvent
  <IomMegaNav onNavToggle={(event: IomCopyEvent) => event} />,
];
