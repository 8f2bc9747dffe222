import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { heading, headingLevel } from '../../src/core/heading.js';
import { warningsDuring } from '../support/helpers.js';

describe('heading', () => {
  const cases: Array<[unknown, number, boolean]> = [
    [undefined, 3, false],
    [null, 3, false],
    ['2', 2, false],
    [' 6 ', 6, false],
    [4, 4, false],
    ['1', 2, true],
    ['9', 6, true],
    ['-3', 2, true],
    ['4.6', 5, true],
    ['h2', 3, true],
    ['', 3, true],
  ];
  for (const [value, level, warns] of cases) {
    it(`heading-level ${JSON.stringify(value)} → ${level}${warns ? ', with one warning' : ''}`, async () => {
      let result = 0;
      const warnings = await warningsDuring(() => (result = headingLevel('iom-heading-test', value)));
      expect(result).to.equal(level);
      expect(warnings).to.have.length(warns ? 1 : 0);
      if (warns)
        expect(warnings[0]).to.equal(
          `[iom-heading-test] attribute "heading-level": ${JSON.stringify(value)} is not a heading level from 2 to 6; used ${level}`,
        );
    });
  }

  it('renders a real heading element of that level', async () => {
    const el = await fixture(html`<div>${heading(4, 'headline', 'Title')}</div>`);
    const h = el.querySelector('h4')!;
    expect(h.textContent).to.equal('Title');
    expect(h.getAttribute('part')).to.equal('headline');
    expect(h.className).to.equal('headline');
  });
});
