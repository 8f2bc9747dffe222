import { expect, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '../support/commands.js';
import '../../src/iom-press-contact.js';
import type { IomPressContact } from '../../src/iom-press-contact.js';
import { freshPage } from '../support/fresh-page.js';
import { fixture, html, setPageLanguage, shadowPart, textOf, waitUntil, warningsDuring } from '../support/helpers.js';
import { button, copyWith, link, status, stubClipboard } from './support.js';

const liz = () =>
  fixture<IomPressContact>(
    html`<iom-press-contact
      name="Liz Lizama"
      job-title="Media and Communications Officer"
      office="OIM Washington"
      phone="+1 202 716 8820"
      email="elizama@iom.int"
    ></iom-press-contact>`,
  );

/**
 * The accessible name of an element named by `aria-labelledby` (accname 1.2, step 2B): the text of
 * each referenced element that exists, in order, joined by spaces.
 */
function labelledName(el: IomPressContact, control: Element): string {
  const ids = control.getAttribute('aria-labelledby')?.split(' ') ?? [];
  const labels = ids.map((id) => el.shadowRoot!.getElementById(id)).filter((label) => label !== null);
  return labels.map(textOf).join(' '); // a missing id is skipped
}

async function clickOn(element: Element) {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** Presses Ctrl with `key`, as a person copies (c) or pastes (v). */
async function withControl(key: string) {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Control' });
}

/** What the person gets by pasting into a text field: the system clipboard, for real. */
async function paste(): Promise<string> {
  const field = document.createElement('textarea');
  document.body.append(field);
  try {
    field.focus();
    await withControl('v');
    await waitUntil(() => field.value !== '', 'something was pasted');
    return field.value;
  } finally {
    field.remove();
  }
}

/** A number no earlier test (or run) has put on the clipboard. */
const freshNumber = () => `+1 202 716 ${String(Math.floor(Math.random() * 10000)).padStart(4, '0')}`;

describe('iom-press-contact', () => {
  beforeEach(() => setPageLanguage('en'));

  describe('content', () => {
    it('shows the contact inside an <address>, under a level-3 "Press contact" heading', async () => {
      const el = await liz();
      const heading = shadowPart(el, 'h3')!;
      expect(textOf(heading)).to.equal('Press contact');
      expect(heading.getAttribute('part')).to.equal('heading');
      const address = shadowPart(el, 'address')!;
      // HTML allows no heading inside <address>: the heading labels it from just before.
      expect(heading.nextElementSibling).to.equal(address);
      expect([...address.querySelectorAll('p')].map(textOf)).to.deep.equal([
        'Liz Lizama',
        'Media and Communications Officer',
        'OIM Washington',
        '+1 202 716 8820 Copy',
        'elizama@iom.int Copy',
        'Download vCard',
      ]);
      expect(getComputedStyle(address).fontStyle).to.equal('normal');
    });

    it('links the phone as tel: in E.164 and the email as mailto:, showing them as written', async () => {
      const el = await liz();
      expect(link(el, 'phone')!.getAttribute('href')).to.equal('tel:+12027168820');
      expect(link(el, 'phone')!.textContent).to.equal('+1 202 716 8820');
      expect(link(el, 'email')!.getAttribute('href')).to.equal('mailto:elizama@iom.int');
      expect(link(el, 'email')!.textContent).to.equal('elizama@iom.int');
    });

    it('shows values trimmed', async () => {
      const el = await fixture<IomPressContact>(
        html`<iom-press-contact name="  Liz Lizama " phone="  +1 202 716 8820  " email=" elizama@iom.int "></iom-press-contact>`,
      );
      expect(shadowPart(el, '.name')!.textContent).to.equal('Liz Lizama');
      expect(link(el, 'phone')!.textContent).to.equal('+1 202 716 8820');
      expect(link(el, 'email')!.textContent).to.equal('elizama@iom.int');
      expect(link(el, 'email')!.getAttribute('href')).to.equal('mailto:elizama@iom.int');
    });

    it('renders only the fields it has: an email alone is a contact', async () => {
      const el = await fixture<IomPressContact>(html`<iom-press-contact email="press@iom.int"></iom-press-contact>`);
      expect([...shadowPart(el, 'address')!.querySelectorAll('p')].map(textOf)).to.deep.equal([
        'press@iom.int Copy',
        'Download vCard',
      ]);
      expect(el.shadowRoot!.querySelector('[part~="phone"], .name, .office, .job-title, #copy-phone')).to.equal(null);
    });

    it('follows attribute changes', async () => {
      const el = await liz();
      el.setAttribute('phone', '+41 22 717 9111');
      el.removeAttribute('job-title');
      el.email = 'media@iom.int';
      await el.updateComplete;
      expect(link(el, 'phone')!.getAttribute('href')).to.equal('tel:+41227179111');
      expect(link(el, 'email')!.getAttribute('href')).to.equal('mailto:media@iom.int');
      expect(el.shadowRoot!.querySelector('.job-title')).to.equal(null);
    });

    it('renders text as text, never as markup', async () => {
      const el = await fixture<IomPressContact>(
        html`<iom-press-contact name=${'<img src=x onerror=alert(1)>'} office=${'<b>OIM</b>'}></iom-press-contact>`,
      );
      expect(shadowPart(el, '.name')!.textContent).to.equal('<img src=x onerror=alert(1)>');
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    });

    it('renders its links and buttons in a page without Trusted Types', async () => {
      const page = await freshPage('/src/iom-press-contact.ts', { trustedTypes: false });
      try {
        expect((page.window as { trustedTypes?: unknown }).trustedTypes).to.equal(undefined);
        const el = page.document.createElement('iom-press-contact');
        Object.assign(el, { name: 'Liz Lizama', phone: '+1 202 716 8820', email: 'elizama@iom.int' });
        page.document.body.append(el);
        await el.updateComplete;
        expect(link(el, 'phone')!.getAttribute('href')).to.equal('tel:+12027168820');
        expect(link(el, 'email')!.getAttribute('href')).to.equal('mailto:elizama@iom.int');
        expect([...el.shadowRoot!.querySelectorAll('button')].map(textOf)).to.deep.equal(['Copy', 'Copy', 'Download vCard']);
      } finally {
        page.remove();
      }
    });

    it('adds a URL-encoded subject to the mailto: link', async () => {
      const el = await fixture<IomPressContact>(
        html`<iom-press-contact email="elizama@iom.int" subject=${'Press enquiry: Summit & mandates? 100%'}></iom-press-contact>`,
      );
      expect(link(el, 'email')!.getAttribute('href')).to.equal(
        'mailto:elizama@iom.int?subject=Press%20enquiry%3A%20Summit%20%26%20mandates%3F%20100%25',
      );
      el.subject = 'Demande – Sommet des Amériques';
      await el.updateComplete;
      expect(link(el, 'email')!.getAttribute('href')).to.equal(
        'mailto:elizama@iom.int?subject=Demande%20%E2%80%93%20Sommet%20des%20Am%C3%A9riques',
      );
      el.subject = '  ';
      await el.updateComplete;
      expect(link(el, 'email')!.getAttribute('href')).to.equal('mailto:elizama@iom.int');
    });

    const emails: Array<[string, string]> = [
      ['first.last+press@iom.int', 'mailto:first.last+press@iom.int'],
      ['ELizama@IOM.Int', 'mailto:ELizama@IOM.Int'],
      ["o'brien@un-migration.example.org", "mailto:o'brien@un-migration.example.org"],
      ['a?b#c%d@iom.int', 'mailto:a%3Fb%23c%25d@iom.int'],
    ];
    for (const [email, href] of emails) {
      it(`links the email ${email} as ${href}`, async () => {
        const el = await fixture<IomPressContact>(html`<iom-press-contact email=${email}></iom-press-contact>`);
        expect(link(el, 'email')!.getAttribute('href')).to.equal(href);
      });
    }
  });

  describe('heading', () => {
    it('takes its level from heading-level and its text from heading', async () => {
      const el = await fixture<IomPressContact>(
        html`<iom-press-contact name="Liz Lizama" heading="Media contact" heading-level="2"></iom-press-contact>`,
      );
      expect(textOf(shadowPart(el, 'h2'))).to.equal('Media contact');
      el.headingLevel = 5;
      await el.updateComplete;
      expect(textOf(shadowPart(el, 'h5'))).to.equal('Media contact');
    });

    it('is left out when heading is empty', async () => {
      const el = await fixture<IomPressContact>(html`<iom-press-contact name="Liz Lizama" heading=""></iom-press-contact>`);
      expect(el.shadowRoot!.querySelector('h2, h3, h4, h5, h6')).to.equal(null);
      expect(shadowPart(el, '.name')!.textContent).to.equal('Liz Lizama');
    });

    it('clamps a heading-level outside 2–6, with one warning', async () => {
      let el!: IomPressContact;
      const warnings = await warningsDuring(async () => {
        el = await fixture<IomPressContact>(html`<iom-press-contact name="Liz Lizama" heading-level="1"></iom-press-contact>`);
      });
      expect(el.shadowRoot!.querySelector('h2')).to.not.equal(null);
      expect(warnings).to.deep.equal([
        '[iom-press-contact] attribute "heading-level": "1" is not a heading level from 2 to 6; used 2',
      ]);
    });
  });

  describe('bad input', () => {
    const phones = [
      'call the office',
      '+0 123 456 789',
      '12',
      '+1 202 716 8820 8820 8820',
      '1-800-FLOWERS',
      'javascript:alert(1)',
    ];
    for (const phone of phones) {
      it(`shows the phone "${phone}" as text without a link or copy button, with one warning`, async () => {
        let el!: IomPressContact;
        const warnings = await warningsDuring(async () => {
          el = await fixture<IomPressContact>(html`<iom-press-contact name="Liz Lizama" phone=${phone}></iom-press-contact>`);
          el.name = 'Liz';
          await el.updateComplete;
        });
        expect(link(el, 'phone')).to.equal(null);
        expect(el.shadowRoot!.querySelector('#copy-phone')).to.equal(null);
        expect(shadowPart(el, 'p[part="phone"]')!.textContent).to.equal(phone);
        expect(warnings).to.deep.equal([
          `[iom-press-contact] attribute "phone": ${JSON.stringify(phone)} is not a phone number; shown as text without a link`,
        ]);
      });
    }

    const emails = [
      'elizama',
      'elizama@iom',
      'liz lizama@iom.int',
      'elizama@@iom.int',
      'mailto:elizama@iom.int',
      'javascript:alert(1)//@iom.int',
    ];
    for (const email of emails) {
      it(`shows the email "${email}" as text without a link or copy button, with one warning`, async () => {
        let el!: IomPressContact;
        const warnings = await warningsDuring(async () => {
          el = await fixture<IomPressContact>(html`<iom-press-contact email=${email} subject="Hi"></iom-press-contact>`);
        });
        expect(link(el, 'email')).to.equal(null);
        expect(el.shadowRoot!.querySelector('#copy-email')).to.equal(null);
        expect(shadowPart(el, 'p[part="email"]')!.textContent).to.equal(email);
        expect(warnings).to.deep.equal([
          `[iom-press-contact] attribute "email": ${JSON.stringify(email)} is not an email address; shown as text without a link`,
        ]);
      });
    }

    it('renders nothing, zero pixels high, with one warning, when every field is missing or blank', async () => {
      let el!: IomPressContact;
      const warnings = await warningsDuring(async () => {
        el = await fixture<IomPressContact>(
          html`<iom-press-contact name="  " heading="Press" subject="Hello"><p>fallback</p></iom-press-contact>`,
        );
      });
      expect(el.shadowRoot!.childElementCount).to.equal(0);
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(warnings).to.deep.equal([
        '[iom-press-contact] attributes "name", "job-title", "office", "phone", "email": "" are all empty; rendered nothing',
      ]);
      el.office = 'OIM Washington';
      await el.updateComplete;
      expect(textOf(shadowPart(el, '.office'))).to.equal('OIM Washington');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
    });
  });

  describe('copy', () => {
    let clipboard: ReturnType<typeof stubClipboard> | undefined;
    afterEach(() => {
      clipboard?.restore();
      getSelection()?.removeAllRanges();
    });

    it('copies the phone as written, says "Copied" and announces it politely', async () => {
      clipboard = stubClipboard('resolve');
      const el = await liz();
      expect(status(el)).to.equal('');
      expect(await copyWith(el, 'copy-phone')).to.deep.equal({ field: 'phone', ok: true });
      await el.updateComplete;
      expect(clipboard.written).to.deep.equal(['+1 202 716 8820']);
      expect(textOf(button(el, 'copy-phone'))).to.equal('Copied');
      expect(textOf(button(el, 'copy-email'))).to.equal('Copy');
      expect(status(el)).to.equal('Copied to the clipboard');
      expect(shadowPart(el, '[role="status"]')!.getAttribute('aria-live')).to.equal(null); // role=status: polite
    });

    it('copies the email', async () => {
      clipboard = stubClipboard('resolve');
      const el = await liz();
      expect(await copyWith(el, 'copy-email')).to.deep.equal({ field: 'email', ok: true });
      await el.updateComplete;
      expect(clipboard.written).to.deep.equal(['elizama@iom.int']);
      expect(textOf(button(el, 'copy-email'))).to.equal('Copied');
    });

    it('when the clipboard refuses, says "Not copied", selects the text for the person and tells them', async () => {
      clipboard = stubClipboard('reject');
      const el = await liz();
      expect(await copyWith(el, 'copy-email')).to.deep.equal({ field: 'email', ok: false });
      await el.updateComplete;
      expect(textOf(button(el, 'copy-email'))).to.equal('Not copied');
      expect(status(el)).to.equal('Could not copy. The text is selected: copy it yourself.');
      expect(getSelection()!.toString()).to.equal('elizama@iom.int');
    });

    it('when there is no Clipboard API (plain http), does the same', async () => {
      clipboard = stubClipboard(undefined);
      const el = await liz();
      expect(await copyWith(el, 'copy-phone')).to.deep.equal({ field: 'phone', ok: false });
      await el.updateComplete;
      expect(textOf(button(el, 'copy-phone'))).to.equal('Not copied');
      expect(status(el)).to.equal('Could not copy. The text is selected: copy it yourself.');
      expect(getSelection()!.toString()).to.equal('+1 202 716 8820');
    });

    it('fires iom-copy, bubbling and composed, out to the document', async () => {
      clipboard = stubClipboard('resolve');
      const el = await liz();
      const event = oneEvent(document, 'iom-copy');
      button(el, 'copy-phone')!.click();
      const { detail, bubbles, composed } = await event;
      expect({ detail, bubbles, composed }).to.deep.equal({
        detail: { field: 'phone', ok: true },
        bubbles: true,
        composed: true,
      });
    });

    it('announces a second copy again: the live region is emptied in between', async () => {
      clipboard = stubClipboard('resolve');
      const el = await liz();
      await copyWith(el, 'copy-phone');
      await el.updateComplete;
      const said: string[] = [];
      const observer = new MutationObserver(() => said.push(status(el)));
      observer.observe(shadowPart(el, '[role="status"]')!, { subtree: true, childList: true, characterData: true });
      await copyWith(el, 'copy-phone');
      await el.updateComplete;
      observer.disconnect();
      expect(said[0]).to.equal('');
      expect(said.at(-1)).to.equal('Copied to the clipboard');
    });

    it('goes back to "Copy" when focus leaves the button', async () => {
      clipboard = stubClipboard('resolve');
      const el = await liz();
      button(el, 'copy-phone')!.focus();
      await copyWith(el, 'copy-phone');
      await el.updateComplete;
      expect(textOf(button(el, 'copy-phone'))).to.equal('Copied');
      button(el, 'copy-email')!.focus();
      await el.updateComplete;
      expect(textOf(button(el, 'copy-phone'))).to.equal('Copy');
      expect(status(el)).to.equal('');
    });
  });

  describe('the real clipboard', () => {
    afterEach(async () => {
      getSelection()?.removeAllRanges();
      await resetMouse();
    });

    it('copies on a real click: pasting gives the number as written', async () => {
      const phone = freshNumber();
      const el = await fixture<IomPressContact>(html`<iom-press-contact name="Liz Lizama" phone=${phone}></iom-press-contact>`);
      const copied = oneEvent(el, 'iom-copy');
      await clickOn(button(el, 'copy-phone')!);
      expect((await copied).detail).to.deep.equal({ field: 'phone', ok: true });
      expect(await paste()).to.equal(phone);
    });

    it('after a refusal, Ctrl+C copies the text it selected', async () => {
      const phone = freshNumber();
      const el = await fixture<IomPressContact>(html`<iom-press-contact name="Liz Lizama" phone=${phone}></iom-press-contact>`);
      const clipboard = stubClipboard('reject');
      try {
        expect(await copyWith(el, 'copy-phone')).to.deep.equal({ field: 'phone', ok: false });
      } finally {
        clipboard.restore();
      }
      await withControl('c');
      expect(await paste()).to.equal(phone);
    });

    it('is refused for real without a user gesture or focus: "Not copied", the text selected, the reason announced', async () => {
      // A page of its own has neither; each engine refuses for its own reason (not focused, no activation, no gesture).
      const page = await freshPage('/src/iom-press-contact.ts');
      try {
        const el = page.document.createElement('iom-press-contact');
        el.phone = '+1 202 716 8820';
        page.document.body.append(el);
        await el.updateComplete;
        const copied = oneEvent(el, 'iom-copy');
        button(el, 'copy-phone')!.click();
        expect((await copied).detail).to.deep.equal({ field: 'phone', ok: false });
        await el.updateComplete;
        expect(textOf(button(el, 'copy-phone'))).to.equal('Not copied');
        expect(status(el)).to.equal('Could not copy. The text is selected: copy it yourself.');
        expect(page.window.getSelection()!.toString()).to.equal('+1 202 716 8820');
      } finally {
        page.remove();
      }
    });
  });

  describe('keyboard and screen readers', () => {
    let clipboard: ReturnType<typeof stubClipboard> | undefined;
    afterEach(() => clipboard?.restore());

    it('tabs through phone, copy, email, copy, vCard in reading order', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <button>before</button>
          <iom-press-contact name="Liz Lizama" phone="+1 202 716 8820" email="elizama@iom.int"></iom-press-contact>
        </div>`,
      );
      const el = page.querySelector('iom-press-contact')!;
      await el.updateComplete;
      page.querySelector('button')!.focus();
      const order: string[] = [];
      for (let i = 0; i < 5; i++) {
        await sendKeys({ press: 'Tab' });
        order.push(el.shadowRoot!.activeElement!.id);
      }
      expect(order).to.deep.equal(['phone', 'copy-phone', 'email', 'copy-email', 'vcard']);
    });

    it('copies with Enter and with Space', async () => {
      clipboard = stubClipboard('resolve');
      const el = await liz();
      button(el, 'copy-email')!.focus();
      let event = oneEvent(el, 'iom-copy');
      await sendKeys({ press: 'Enter' });
      expect((await event).detail).to.deep.equal({ field: 'email', ok: true });
      button(el, 'copy-phone')!.focus();
      event = oneEvent(el, 'iom-copy');
      await sendKeys({ press: 'Space' });
      expect((await event).detail).to.deep.equal({ field: 'phone', ok: true });
      expect(clipboard.written).to.deep.equal(['elizama@iom.int', '+1 202 716 8820']);
    });

    it('after a refused copy by keyboard, keeps focus on the button and the text selected', async () => {
      clipboard = stubClipboard('reject');
      const el = await liz();
      button(el, 'copy-phone')!.focus();
      const event = oneEvent(el, 'iom-copy');
      await sendKeys({ press: 'Enter' });
      expect((await event).detail).to.deep.equal({ field: 'phone', ok: false });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'copy-phone'));
      expect(textOf(button(el, 'copy-phone'))).to.equal('Not copied');
      expect(getSelection()!.toString()).to.equal('+1 202 716 8820');
      getSelection()!.removeAllRanges();
    });

    it('names each button with what it acts on', async () => {
      const el = await liz();
      expect(labelledName(el, button(el, 'copy-phone')!)).to.equal('Copy +1 202 716 8820');
      expect(labelledName(el, button(el, 'copy-email')!)).to.equal('Copy elizama@iom.int');
      expect(labelledName(el, button(el, 'vcard')!)).to.equal('Download vCard Liz Lizama');
      const nameless = await fixture<IomPressContact>(html`<iom-press-contact office="OIM"></iom-press-contact>`);
      expect(labelledName(nameless, button(nameless, 'vcard')!)).to.equal('Download vCard');
      await expect(nameless).to.be.accessible();
    });

    it('passes axe with every field, with bad values, and with an email alone', async () => {
      await expect(await liz()).to.be.accessible();
      const bad = await warningsDuring(() =>
        fixture<IomPressContact>(html`<iom-press-contact name="Liz Lizama" phone="ask" email="nope"></iom-press-contact>`),
      );
      expect(bad).to.have.length(2);
      const emailOnly = await fixture<IomPressContact>(html`<iom-press-contact email="press@iom.int"></iom-press-contact>`);
      await expect(emailOnly).to.be.accessible();
    });
  });

  describe('right to left', () => {
    afterEach(() => setPageLanguage('en'));

    /** Where each digit group of the phone link is drawn, left to right. */
    function groupsLeftToRight(el: IomPressContact): string[] {
      const text = [...link(el, 'phone')!.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!;
      const groups = [...text.textContent!.matchAll(/\S+/g)].map((match) => {
        const range = document.createRange();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        return { group: match[0], left: range.getBoundingClientRect().left };
      });
      return groups.sort((a, b) => a.left - b.left).map(({ group }) => group);
    }

    it('keeps the phone number in its written order on an Arabic page, the accent bar on the right', async () => {
      setPageLanguage('ar');
      const el = await liz();
      expect(groupsLeftToRight(el)).to.deep.equal(['+1', '202', '716', '8820']);
      const base = shadowPart(el, '.base')!;
      expect(getComputedStyle(base).direction).to.equal('rtl');
      expect(getComputedStyle(base).borderRightWidth).to.equal('4px'); // the accent bar at the inline start
    });

    it('keeps a number written in Arabic-Indic digits in its written order too', async () => {
      setPageLanguage('ar');
      const el = await fixture<IomPressContact>(html`<iom-press-contact phone="+١ ٢٠٢ ٧١٦ ٨٨٢٠"></iom-press-contact>`);
      expect(link(el, 'phone')!.getAttribute('href')).to.equal('tel:+12027168820');
      expect(groupsLeftToRight(el)).to.deep.equal(['+١', '٢٠٢', '٧١٦', '٨٨٢٠']);
    });
  });
});
