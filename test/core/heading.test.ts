import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { numberAttribute } from '../../src/core/attributes.js';
import { heading, headingLevel } from '../../src/core/heading.js';
import { warn } from '../../src/core/warn.js';
import { warningsDuring } from '../support/helpers.js';

/**
 * The level for `value` (read from `attribute` if given), and the warnings it gave under `tag`: one
 * tag for each kind of case, as a message already printed is not printed again.
 */
async function levelOf(tag: string, value: unknown, attribute: string | null = null): Promise<[number, string[]]> {
  let level = 0;
  const warnHere = (subject: string, value: unknown, problem: string, consequence: string) =>
    warn(tag, subject, value, problem, consequence);
  const warnings = await warningsDuring(() => (level = headingLevel(value, attribute, warnHere)));
  return [level, warnings];
}

const warning = (tag: string, shown: string, level: number) =>
  `[${tag}] attribute "heading-level": ${shown} is not a heading level from 2 to 6; used ${level}`;

describe('heading', () => {
  describe('a level set as a property', () => {
    const cases: Array<[unknown, number, boolean]> = [
      [undefined, 3, false],
      [null, 3, false],
      ['2', 2, false],
      [' 6 ', 6, false],
      [4, 4, false],
      ['1', 2, true],
      [9, 6, true],
      ['-3', 2, true],
      [4.6, 5, true],
      ['h2', 3, true],
      ['', 3, true],
      [true, 3, true],
    ];
    for (const [value, level, warns] of cases) {
      it(`headingLevel = ${JSON.stringify(value)} → ${level}${warns ? ', with one warning' : ''}`, async () => {
        const [result, warnings] = await levelOf('iom-heading-property', value);
        expect(result).to.equal(level);
        expect(warnings).to.deep.equal(warns ? [warning('iom-heading-property', JSON.stringify(value), level)] : []);
      });
    }
  });

  describe('a level read from the attribute', () => {
    const cases: Array<[string, number, boolean]> = [
      ['2', 2, false],
      [' 6 ', 6, false],
      ['1', 2, true],
      ['9', 6, true],
      ['4.6', 5, true],
      ['h2', 3, true],
      ['', 3, true],
    ];
    for (const [attribute, level, warns] of cases) {
      it(`heading-level=${JSON.stringify(attribute)} → ${level}${warns ? ', with one warning naming the text' : ''}`, async () => {
        const [result, warnings] = await levelOf('iom-heading-attribute', numberAttribute.fromAttribute(attribute), attribute);
        expect(result).to.equal(level);
        expect(warnings).to.deep.equal(warns ? [warning('iom-heading-attribute', JSON.stringify(attribute), level)] : []);
      });
    }

    it('names the value set as a property after the attribute, not the attribute', async () => {
      const [result, warnings] = await levelOf('iom-heading-attribute', 9, '4');
      expect(result).to.equal(6);
      expect(warnings).to.deep.equal([warning('iom-heading-attribute', '9', 6)]);
    });
  });

  it('renders a real heading element of that level', async () => {
    const el = await fixture(html`<div>${heading(4, 'headline', 'Title')}</div>`);
    const h = el.querySelector('h4')!;
    expect(h.textContent).to.equal('Title');
    expect(h.getAttribute('part')).to.equal('headline');
    expect(h.className).to.equal('headline');
  });
});
