import { expect } from '@open-wc/testing';
import '../../src/iom-press-contact.js';
import type { IomPressContact } from '../../src/iom-press-contact.js';
import { expectVisuallyHidden, fixture, html, shadowPart } from '../support/helpers.js';
import { button, copyWith, link, stubClipboard } from './support.js';

const liz = () =>
  fixture<IomPressContact>(
    html`<iom-press-contact name="Liz Lizama" phone="+1 202 716 8820" email="elizama@iom.int"></iom-press-contact>`,
  );

describe('iom-press-contact styles', () => {
  afterEach(() => {
    document.getElementById('hostile')?.remove();
    document.documentElement.removeAttribute('style');
  });

  it('keeps its px sizes when the page sets html { font-size: 62.5% }', async () => {
    const hostile = document.createElement('style');
    hostile.id = 'hostile';
    hostile.textContent = 'html { font-size: 62.5% } * { line-height: 3 !important; font-style: italic }';
    document.head.append(hostile);
    const el = await liz();
    expect(getComputedStyle(shadowPart(el, '[part="heading"]')!).fontSize).to.equal('20px');
    expect(getComputedStyle(button(el, 'vcard')!).fontSize).to.equal('14px');
    expect(getComputedStyle(shadowPart(el, 'address')!).fontStyle).to.equal('normal');
    expect(button(el, 'vcard')!.getBoundingClientRect().height).to.equal(32);
  });

  for (const dir of ['ltr', 'rtl'] as const)
    it(`lines up its two copy buttons, whatever the lengths of the phone and the email (${dir})`, async () => {
      const el = await fixture<IomPressContact>(
        html`<div dir=${dir}>
          <iom-press-contact name="Liz Lizama" phone="+1 202 716 8820" email="elizama.longaddress@iom.int"></iom-press-contact>
        </div>`,
      ).then((wrapper) => wrapper.querySelector('iom-press-contact')!);
      const [phone, email] = [button(el, 'copy-phone')!, button(el, 'copy-email')!].map((b) => b.getBoundingClientRect());
      const start = dir === 'ltr' ? 'left' : 'right';
      expect(phone![start]).to.be.closeTo(email![start], 0.5);
      expect(email!.top, 'one below the other').to.be.above(phone!.bottom);
      for (const field of ['phone', 'email'] as const) {
        const value = link(el, field)!.getBoundingClientRect();
        expect(value.top < button(el, `copy-${field}`)!.getBoundingClientRect().bottom, `${field} beside its button`).to.equal(
          true,
        );
      }
    });

  it('takes its styles from constructable stylesheets that every contact shares, with no <style> element', async () => {
    const [first, second] = [await liz(), await liz()];
    const sheets = first.shadowRoot!.adoptedStyleSheets;
    expect(sheets.length).to.be.greaterThan(0);
    expect(second.shadowRoot!.adoptedStyleSheets).to.have.ordered.members(sheets);
    expect(first.shadowRoot!.querySelector('style')).to.equal(null);
    expect(getComputedStyle(shadowPart(first, '.base')!).borderInlineStartWidth).to.equal('4px');
  });

  it('clips what its live region says out of sight, keeping it rendered for screen readers', async () => {
    const el = await liz();
    const region = shadowPart(el, '[role="status"]')!;
    const clipboard = stubClipboard('resolve');
    try {
      await copyWith(el, 'copy-phone');
    } finally {
      clipboard.restore();
    }
    await el.updateComplete;
    expect(region.textContent).to.equal('Copied to the clipboard');
    expectVisuallyHidden(region);
  });

  it('can be themed: accent bar, heading size, primary colour', async () => {
    document.documentElement.style.setProperty('--iom-press-contact-accent', 'rgb(92, 184, 178)');
    document.documentElement.style.setProperty('--iom-press-contact-heading-size', '16px');
    document.documentElement.style.setProperty('--iom-color-primary', 'rgb(210, 38, 48)');
    const el = await liz();
    expect(getComputedStyle(shadowPart(el, '.base')!).borderInlineStartColor).to.equal('rgb(92, 184, 178)');
    expect(getComputedStyle(shadowPart(el, '[part="heading"]')!).fontSize).to.equal('16px');
    expect(getComputedStyle(link(el, 'phone')!).color).to.equal('rgb(210, 38, 48)');
  });

  it('moves nothing, so prefers-reduced-motion has nothing to stop', async () => {
    expect(matchMedia('(prefers-reduced-motion: no-preference)').matches, 'this browser welcomes motion').to.equal(true);
    const el = await liz();
    for (const node of el.shadowRoot!.querySelectorAll('*')) {
      const style = getComputedStyle(node);
      expect([style.transitionDuration, style.animationName], node.localName).to.deep.equal(['0s', 'none']);
    }
  });
});
