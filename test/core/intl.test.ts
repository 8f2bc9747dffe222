import { expect } from '@open-wc/testing';
import { formatNumber, pluralForm } from '../../src/core/intl.js';

describe('intl', () => {
  it('formats numbers per locale', () => {
    expect(formatNumber(1234567, 'fr')).to.equal('1\u202f234\u202f567');
    expect(formatNumber(1234567, 'en')).to.equal('1,234,567');
    expect(formatNumber(1234567, 'es')).to.equal('1.234.567');
  });

  it('writes Latin digits unless the page language asks for others', () => {
    expect(formatNumber(1234567, 'ar')).to.equal('1,234,567');
    expect(formatNumber(1234567, 'ar-EG')).to.equal('1,234,567');
    expect(formatNumber(1234567, 'ar-u-nu-arab')).to.equal('١٬٢٣٤٬٥٦٧');
  });

  it('picks the plural form of the category, falling back to "other"', () => {
    const forms = 'one{State} other{States}';
    expect(pluralForm(forms, 1, 'en')).to.equal('State');
    expect(pluralForm(forms, 0, 'en')).to.equal('States');
    expect(pluralForm(forms, 0, 'fr')).to.equal('State'); // French: 0 is "one"
    expect(pluralForm(forms, 1_000_000, 'fr')).to.equal('States'); // French "many", missing here → other
    expect(pluralForm('zero{z} one{o} two{t} few{f} many{m} other{x}', 3, 'ar')).to.equal('f');
    expect(pluralForm('zero{z} one{o} two{t} few{f} many{m} other{x}', 11, 'ar')).to.equal('m');
    expect(pluralForm('zero{z} one{o} two{t} few{f} many{m} other{x}', 100, 'ar')).to.equal('x');
  });

  it('shows an untranslated label as it is rather than nothing', () => {
    expect(pluralForm('countries', 3, 'en')).to.equal('countries');
  });
});
