/*
 * 1,000 connect / disconnect / reconnect cycles of each element, with updates, frames and `src`
 * changes landing while connected and while disconnected, leave nothing running: no listener on
 * `document`, `window` or a `matchMedia()` list, no observer observing, no timer or animation frame
 * pending, no request in flight. The element then still works when connected again, with exactly
 * the listeners and observers of a fresh element.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '../support/commands.js';
import '../../src/index.js';
import type { IomMegaNav, IomMemberCounter, IomNewsCard, IomPressContact } from '../../src/index.js';
import { captureWarnings, setPageLanguage, shadowPart, shadowParts, textOf, waitUntil } from '../support/helpers.js';
import { stubClipboard } from '../press-contact/support.js';
import { instrument, type Instrument, type Live } from './instrument.js';
import { frames, make, sleep } from './support.js';

type Iom = IomMegaNav | IomMemberCounter | IomNewsCard | IomPressContact;

const NOTHING_LIVE: Live = { listeners: [], observers: [], timers: [], frames: [], requests: [] };

/** Lets aborted requests settle and observers report, then lists what is still running. */
async function liveAfterSettling(probe: Instrument, el: Iom): Promise<Live> {
  await el.updateComplete;
  await frames(2);
  await sleep(50);
  await el.updateComplete;
  return probe.live();
}

interface Subject {
  tag: string;
  /** A fresh element with its content; `n` makes each `src` distinct. */
  create: (n: number) => Iom;
  /** Something that changes while disconnected (a new `src` for the elements that fetch one). */
  change?: (el: Iom, n: number) => void;
  /** Proves the reconnected element works. */
  works: (el: Iom) => Promise<void>;
  /** Listeners and observers it has while connected (among others), proving they are counted at all. */
  connectedWith: string[];
}

/** A navigation file that answers after 1.5 s: a request left running would still be in flight when counted. */
const navSrc = (n: number) => `/test-api/hardening-nav?tag=cycle${n}&ms=1500`;
const figuresSrc = (n: number) => `/test-api/hardening-figures?m=${100 + (n % 100)}&c=${n % 100}&ms=1500`;

const subjects: Subject[] = [
  {
    tag: 'iom-mega-nav',
    create: (n) => {
      const nav = make('iom-mega-nav', { src: navSrc(n) });
      const list = make('ul');
      list.append(make('li'));
      list.firstElementChild!.append(make('a', { href: '/fallback' }, 'Fallback'));
      nav.append(make('a', { slot: 'logo', href: '/' }, 'IOM'), list);
      return nav;
    },
    change: (el, n) => ((el as IomMegaNav).src = navSrc(n)),
    connectedWith: [
      'document pointerdown',
      'window popstate',
      'window lit-localize-status',
      'MutationObserver',
      'ResizeObserver',
    ],
    works: async (el) => {
      const nav = el as IomMegaNav;
      await waitUntil(() => shadowParts(nav, '[data-top]').map(textOf).includes('Section cycle1000'), 'the last src loads', {
        timeout: 5000,
      });
      const toggle = nav.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!;
      toggle.click();
      await nav.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(nav.shadowRoot!.querySelector('.panel')!.checkVisibility()).to.equal(true);
      // The document listener is back: a pointer down outside closes the panel.
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await nav.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    },
  },
  {
    tag: 'iom-member-counter',
    create: (n) => make('iom-member-counter', { src: figuresSrc(n), duration: '200' }),
    change: (el, n) => ((el as IomMemberCounter).src = figuresSrc(n)),
    connectedWith: ['matchMedia() change', 'window lit-localize-status', 'MutationObserver'],
    works: async (el) => {
      const counter = el as IomMemberCounter;
      const shown = () => [...counter.shadowRoot!.querySelectorAll('[part="number"]')].map((n) => n.textContent!.trim());
      await waitUntil(() => shown().join() === '100,0', 'counts up to the last src figures', { timeout: 5000 });
      expect(textOf(shadowPart(counter, 'p:not([aria-hidden])'))).to.equal('100 Member States, present in 0 countries');
    },
  },
  {
    tag: 'iom-news-card',
    create: () =>
      make('iom-news-card', {
        headline: 'Lifecycle',
        href: '#lifecycle-card',
        date: '2018-09-05',
        location: 'Geneva',
        image: '/test/news-card/square.svg',
        'image-alt': 'A square',
        category: 'News',
      }),
    connectedWith: ['window lit-localize-status', 'MutationObserver'],
    works: async (el) => {
      const card = el as IomNewsCard;
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('#lifecycle-card');
      // The whole card is clickable. (Firefox follows any link a task later, Chromium and WebKit at once.)
      card.shadowRoot!.querySelector<HTMLElement>('[part~="category"]')!.click();
      await waitUntil(() => location.hash === '#lifecycle-card', 'the card follows its link');
      history.replaceState(history.state, '', location.pathname + location.search);
    },
  },
  {
    tag: 'iom-press-contact',
    create: () =>
      make('iom-press-contact', {
        name: 'Liz Lizama',
        office: 'OIM Washington',
        phone: '+1 202 716 8820',
        email: 'elizama@iom.int',
      }),
    connectedWith: ['window lit-localize-status', 'MutationObserver'],
    works: async (el) => {
      const contact = el as IomPressContact;
      const clipboard = stubClipboard('resolve');
      try {
        await contact.updateComplete;
        const copied = new Promise<CustomEvent>((resolve) =>
          contact.addEventListener('iom-copy', (e) => resolve(e as CustomEvent), { once: true }),
        );
        contact.shadowRoot!.querySelector<HTMLButtonElement>('#copy-phone')!.click();
        expect((await copied).detail).to.deep.equal({ field: 'phone', ok: true });
        expect(clipboard.written).to.deep.equal(['+1 202 716 8820']);
        await contact.updateComplete;
        expect(textOf(shadowPart(contact, '[role="status"]'))).to.equal('Copied to the clipboard');
      } finally {
        clipboard.restore();
      }
    },
  },
];

describe('lifecycle: 1,000 connect/disconnect/reconnect cycles', function () {
  this.timeout(30000);
  let probe: Instrument;
  let warnings: ReturnType<typeof captureWarnings>;
  let host: HTMLElement;

  before(async () => {
    setPageLanguage('en');
    await setViewport({ width: 1280, height: 900 });
  });
  beforeEach(() => {
    warnings = captureWarnings();
    host = make('div');
    document.body.append(host);
    probe = instrument();
  });
  afterEach(() => {
    probe.restore();
    host.remove();
    warnings.stop();
  });

  for (const subject of subjects) {
    it(`${subject.tag}: leaves nothing running, and works again when reconnected`, async () => {
      const el = subject.create(0);
      for (let i = 1; i <= 1000; i++) {
        host.append(el); // connect
        el.remove(); // disconnect
        host.append(el); // reconnect
        if (i % 50 === 10) await el.updateComplete; // an update while connected
        if (i % 100 === 30) await frames(1); // observers report, a count-up may start
        el.remove();
        if (i % 100 === 0) subject.change?.(el, i); // a new src while disconnected…
        if (i % 50 === 0) await el.updateComplete; // …and an update while disconnected
      }
      expect(await liveAfterSettling(probe, el), 'still running after 1,000 cycles').to.deep.equal(NOTHING_LIVE);

      host.append(el);
      await subject.works(el);
      const reconnected = probe.counts();
      expect([...Object.keys(reconnected.listeners), ...Object.keys(reconnected.observers)]).to.include.members(
        subject.connectedWith,
      );
      el.remove();
      expect(await liveAfterSettling(probe, el), 'still running after the last disconnect').to.deep.equal(NOTHING_LIVE);

      const fresh = subject.create(1000);
      host.append(fresh);
      await subject.works(fresh);
      expect(reconnected, 'listeners and observers of the reconnected element, as for a fresh one').to.deep.equal(probe.counts());
      fresh.remove();
      expect(await liveAfterSettling(probe, fresh), 'still running after the fresh element left').to.deep.equal(NOTHING_LIVE);
    });

    it(`${subject.tag}: 100 elements connected and disconnected before their first update leave nothing running`, async () => {
      const elements = Array.from({ length: 100 }, (_, n) => subject.create(2000 + n));
      for (const el of elements) {
        host.append(el);
        el.remove();
      }
      // Their first update happens while they are out of the page.
      await Promise.all(elements.map((el) => el.updateComplete));
      expect(await liveAfterSettling(probe, elements[0]!)).to.deep.equal(NOTHING_LIVE);
      const last = elements[99]!;
      host.append(last);
      if (subject.tag === 'iom-mega-nav') {
        // It has no file of its own to show: the one it asked for while out of the page still loads.
        await waitUntil(() => shadowParts(last, '[data-top]').map(textOf).includes('Section cycle2099'), 'its src loads', {
          timeout: 5000,
        });
      } else if (subject.tag === 'iom-member-counter') {
        await waitUntil(
          () => textOf(shadowPart(last, 'p:not([aria-hidden])')) === '199 Member States, present in 99 countries',
          'its src loads',
          {
            timeout: 5000,
          },
        );
      } else {
        await last.updateComplete;
        expect(last.shadowRoot!.childElementCount).to.be.greaterThan(0);
      }
      // Back in the page, it listens and observes again (the navigation its own width, too).
      const counts = probe.counts();
      expect([...Object.keys(counts.listeners), ...Object.keys(counts.observers)]).to.include.members(subject.connectedWith);
      last.remove();
      expect(await liveAfterSettling(probe, last)).to.deep.equal(NOTHING_LIVE);
    });
  }
});
