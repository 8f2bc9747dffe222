import { expect } from '@open-wc/testing';
import { formatDate } from '../../src/core/intl.js';
import { parseDate, parseLayout } from '../../src/news-card/news-card.model.js';

describe('news-card model', () => {
  describe('parseDate', () => {
    const valid: Array<[string, string, boolean]> = [
      ['2018-09-05', '2018-09-05T00:00:00.000Z', true],
      [' 2018-09-05 ', '2018-09-05T00:00:00.000Z', true],
      ['2016-02-29', '2016-02-29T00:00:00.000Z', true],
      ['2000-02-29', '2000-02-29T00:00:00.000Z', true],
      ['2018-09-05T14:30:00Z', '2018-09-05T14:30:00.000Z', false],
      ['2018-09-05T14:30-04:00', '2018-09-05T18:30:00.000Z', false],
      ['2018-09-05T14:30:15.250+02:00', '2018-09-05T12:30:15.250Z', false],
      ['2018-09-05T14:30:15.5Z', '2018-09-05T14:30:15.500Z', false],
      ['2018-09-05T23:30-23:59', '2018-09-06T23:29:00.000Z', false],
    ];
    for (const [value, instant, calendar] of valid) {
      it(`reads ${JSON.stringify(value)}${calendar ? ' as a calendar date' : ''}`, () => {
        const parsed = parseDate(value)!;
        expect(parsed.date.toISOString()).to.equal(instant);
        expect(parsed.calendar).to.equal(calendar);
        expect(parsed.datetime).to.equal(value.trim());
      });
    }

    it('reads a date-time without an offset as the reader’s local time', () => {
      const parsed = parseDate('2018-09-05T14:30')!;
      expect(parsed.calendar).to.equal(false);
      expect([parsed.date.getHours(), parsed.date.getMinutes(), parsed.date.getDate()]).to.deep.equal([14, 30, 5]);
    });

    // Each field checked, whatever the engine's own Date parser would make of it.
    for (const value of [
      '',
      '2018',
      '2018-9-5',
      '2017-02-29',
      '1900-02-29',
      '2018-04-31',
      '2018-09-31',
      '2018-00-10',
      '2018-13-01',
      '2018-09-00',
      '2018-09-05T',
      '2018-09-05T24:00',
      '2018-09-05T14:60',
      '2018-09-05T14:30:60',
      '2018-09-05T14:30:00.1234Z',
      '2018-09-05T14:30+24:00',
      '2018-09-05T14:30+02:60',
      '2018-09-05t14:30Z',
      '2018-09-05T14:30z',
      '+002018-09-05',
      '2018-09-05 14:30',
      '2018-09-05T14:30:00+0200',
      '5 septembre 2018',
      'Wed Sep 05 2018',
      null,
      undefined,
      20180905,
    ]) {
      it(`refuses ${JSON.stringify(value)}`, () => expect(parseDate(value)).to.equal(undefined));
    }
  });

  describe('parseLayout', () => {
    it('knows the three layouts, in any case', () => {
      expect(['vertical', 'horizontal', 'featured', ' FEATURED '].map(parseLayout)).to.deep.equal([
        'vertical',
        'horizontal',
        'featured',
        'featured',
      ]);
      expect([null, undefined, '', 'grid'].map(parseLayout)).to.deep.equal([undefined, undefined, undefined, undefined]);
    });
  });

  describe('formatDate', () => {
    const date = new Date(Date.UTC(2018, 8, 5));
    it('writes the long date of each locale', () => {
      expect(formatDate(date, 'en', true)).to.equal('September 5, 2018');
      expect(formatDate(date, 'fr', true)).to.equal('5 septembre 2018');
      expect(formatDate(date, 'es', true)).to.equal('5 de septiembre de 2018');
      expect(formatDate(date, 'ar', true)).to.equal('5 سبتمبر 2018');
    });

    it('writes Latin digits unless the page language asks for others', () => {
      expect(formatDate(date, 'ar-EG', true)).to.equal('5 سبتمبر 2018');
      expect(formatDate(date, 'ar-u-nu-arab', true)).to.equal('٥ سبتمبر ٢٠١٨');
    });
  });
});
