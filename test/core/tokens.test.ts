import { expect } from '@open-wc/testing';
import '../../src/iom-member-counter.js';
import type { IomMemberCounter } from '../../src/iom-member-counter.js';
import { fixture, html } from '../support/helpers.js';

const numberStyle = (el: IomMemberCounter) => getComputedStyle(el.shadowRoot!.querySelector('[part="number"]')!);
const baseStyle = (el: IomMemberCounter) => getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!);

describe('design tokens', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('style');
    document.getElementById('hostile')?.remove();
  });

  it('default to the IOM palette and type', async () => {
    const el = await fixture<IomMemberCounter>(html`<iom-member-counter duration="0"></iom-member-counter>`);
    expect(numberStyle(el).color).to.equal('rgb(0, 51, 160)'); // #0033A0
    expect(baseStyle(el).color).to.equal('rgb(26, 26, 26)');
    expect(baseStyle(el).fontFamily).to.match(/^"Open Sans"/);
    expect(baseStyle(el).fontSize).to.equal('16px');
  });

  it('can be themed from :root with --iom-… properties', async () => {
    document.documentElement.style.setProperty('--iom-color-primary', 'rgb(210, 38, 48)');
    document.documentElement.style.setProperty('--iom-font-family', 'Georgia, serif');
    const el = await fixture<IomMemberCounter>(html`<iom-member-counter duration="0"></iom-member-counter>`);
    expect(numberStyle(el).color).to.equal('rgb(210, 38, 48)');
    expect(baseStyle(el).fontFamily).to.equal('Georgia, serif');
  });

  it('keep their px sizes and typography under a hostile page stylesheet', async () => {
    const clean = await fixture<IomMemberCounter>(html`<iom-member-counter duration="0"></iom-member-counter>`);
    const before = {
      size: numberStyle(clean).fontSize,
      line: baseStyle(clean).lineHeight,
      height: clean.getBoundingClientRect().height,
    };
    const hostile = document.createElement('style');
    hostile.id = 'hostile';
    hostile.textContent = `html { font-size: 62.5% } * { line-height: 3 !important; letter-spacing: 2px; box-sizing: content-box; }`;
    document.head.append(hostile);
    expect(numberStyle(clean).fontSize).to.equal(before.size);
    expect(baseStyle(clean).lineHeight).to.equal(before.line);
    expect(baseStyle(clean).letterSpacing).to.equal('normal');
    expect(clean.getBoundingClientRect().height).to.equal(before.height);
  });
});
