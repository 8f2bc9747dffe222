import { expect } from '@open-wc/testing';
import { FETCH_SCHEMES, safeUrl } from '../../src/core/safe-url.js';

const kept: Array<[string, string]> = [
  ['https://www.iom.int/fr', 'https://www.iom.int/fr'],
  ['http://example.org/a?b=c#d', 'http://example.org/a?b=c#d'],
  ['HTTPS://WWW.IOM.INT', 'HTTPS://WWW.IOM.INT'],
  ['mailto:elizama@iom.int', 'mailto:elizama@iom.int'],
  ['MailTo:elizama@iom.int?subject=Hi', 'MailTo:elizama@iom.int?subject=Hi'],
  ['tel:+12027168820', 'tel:+12027168820'],
  ['/fr/qui-sommes-nous', '/fr/qui-sommes-nous'],
  ['qui-sommes-nous.html', 'qui-sommes-nous.html'],
  ['../news/2018/summit', '../news/2018/summit'],
  ['./a', './a'],
  ['?page=2', '?page=2'],
  ['#main', '#main'],
  ['//www.iom.int/path', '//www.iom.int/path'],
  ['  https://www.iom.int  ', 'https://www.iom.int'],
  ['\n/fr/agir\t', '/fr/agir'],
  ['javascript&colon;alert(1)', 'javascript&colon;alert(1)'], // no scheme: a harmless relative path
  ['%6Aavascript:alert(1)', '%6Aavascript:alert(1)'], // percent-encoded scheme is a relative path
  ['images/javascript:x.png', 'images/javascript:x.png'],
];

const dropped: string[] = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  '\njavascript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u001Fjavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'javascript\t:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:image/svg+xml;base64,PHN2Zz4=',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://www.iom.int/1234',
  'ftp://example.org/',
  'about:blank',
  'chrome://settings',
  'x-unknown:payload',
  '',
  '   ',
  '\u0000',
];

describe('safeUrl', () => {
  for (const [input, output] of kept) {
    it(`keeps ${JSON.stringify(input)}`, () => {
      expect(safeUrl(input)).to.equal(output);
    });
  }
  for (const input of dropped) {
    it(`drops ${JSON.stringify(input)}`, () => {
      expect(safeUrl(input)).to.equal(undefined);
    });
  }

  it('drops what is not a string', () => {
    expect(safeUrl(null)).to.equal(undefined);
    expect(safeUrl(undefined)).to.equal(undefined);
    expect(safeUrl(42 as unknown as string)).to.equal(undefined);
  });

  it('allows only http(s) and relative URLs for fetching', () => {
    expect(safeUrl('https://www.iom.int/figures.json', FETCH_SCHEMES)).to.equal('https://www.iom.int/figures.json');
    expect(safeUrl('/figures.json', FETCH_SCHEMES)).to.equal('/figures.json');
    expect(safeUrl('mailto:a@b.c', FETCH_SCHEMES)).to.equal(undefined);
    expect(safeUrl('tel:+1', FETCH_SCHEMES)).to.equal(undefined);
    expect(safeUrl('data:application/json,{}', FETCH_SCHEMES)).to.equal(undefined);
  });

  it('never returns a URL that a browser would resolve to a dangerous scheme', () => {
    for (const input of [...kept.map(([i]) => i), ...dropped]) {
      const out = safeUrl(input);
      if (out === undefined) continue;
      const anchor = document.createElement('a');
      anchor.href = out;
      expect(['http:', 'https:', 'mailto:', 'tel:']).to.include(anchor.protocol, input);
    }
  });
});
