import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '../support/commands.js';
import '../../src/iom-press-contact.js';
import type { IomPressContact } from '../../src/iom-press-contact.js';
import { fixture, html, waitUntil, warningsDuring } from '../support/helpers.js';
import { button, interceptDownload } from './support.js';

const CRLF = '\r\n';

/** Clicks "Download vCard" and returns the file the person gets. */
const download = (el: IomPressContact) => interceptDownload(() => button(el, 'vcard')!.click());

/** RFC 6350 §3.2 unfolding: a CRLF followed by one space disappears. */
const unfold = (text: string) => text.replace(/\r\n /g, '');

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('iom-press-contact vCard', () => {
  it('downloads the contact as a vCard 4.0 file named after the person, exactly', async () => {
    const el = await fixture<IomPressContact>(
      html`<iom-press-contact
        name="Liz Lizama"
        job-title="Media and Communications Officer"
        office="OIM Washington"
        phone="+1 202 716 8820 ext. 12"
        email="elizama@iom.int"
      ></iom-press-contact>`,
    );
    const file = await download(el);
    expect(file.text).to.equal(
      [
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN:Liz Lizama',
        'N:Lizama;Liz;;;',
        'TITLE:Media and Communications Officer',
        'ORG:OIM Washington',
        'TEL;VALUE=uri;TYPE=work,voice:tel:+12027168820;ext=12',
        'EMAIL;TYPE=work:elizama@iom.int',
        'END:VCARD',
        '',
      ].join(CRLF),
    );
    expect(file.fileName).to.equal('Liz-Lizama.vcf');
    expect(file.type).to.equal('text/vcard;charset=utf-8');
  });

  it('is UTF-8 without a byte-order mark, with CRLF line ends only', async () => {
    const el = await fixture<IomPressContact>(
      html`<iom-press-contact name="José Pérez" office="OIM Bogotá"></iom-press-contact>`,
    );
    const file = await download(el);
    const expected = `BEGIN:VCARD${CRLF}VERSION:4.0${CRLF}FN:José Pérez${CRLF}N:Pérez;José;;;${CRLF}ORG:OIM Bogotá${CRLF}END:VCARD${CRLF}`;
    expect([...file.bytes]).to.deep.equal([...new TextEncoder().encode(expected)]);
    expect(file.bytes.slice(0, 3)).to.deep.equal(new Uint8Array([0x42, 0x45, 0x47])); // "BEG", no EF BB BF
    expect(file.text.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
    expect(file.fileName).to.equal('José-Pérez.vcf');
  });

  it('escapes backslashes, commas, semicolons and newlines in text values', async () => {
    const el = await fixture<IomPressContact>(
      html`<iom-press-contact
        .name=${'María de la O'}
        .jobTitle=${'Spokesperson, Americas; Media\\Press\nSecond line\r\nThird'}
        .office=${'OIM; Washington, D.C.'}
        email="press@iom.int"
      ></iom-press-contact>`,
    );
    const { text } = await download(el);
    expect(text.split(CRLF)).to.deep.equal([
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:María de la O',
      'N:O;María de la;;;',
      'TITLE:Spokesperson\\, Americas\\; Media\\\\Press\\nSecond line\\nThird',
      'ORG:OIM\\; Washington\\, D.C.',
      'EMAIL;TYPE=work:press@iom.int',
      'END:VCARD',
      '',
    ]);
  });

  it('escapes the name in FN and in each part of N', async () => {
    const el = await fixture<IomPressContact>(html`<iom-press-contact .name=${'Ana;Bea, C\\D E,F'}></iom-press-contact>`);
    const { text } = await download(el);
    expect(text.split(CRLF).slice(2, 4)).to.deep.equal(['FN:Ana\\;Bea\\, C\\\\D E\\,F', 'N:E\\,F;Ana\\;Bea\\, C\\\\D;;;']);
  });

  it('writes every kind of line break as \\n and leaves out the other control characters', async () => {
    const el = await fixture<IomPressContact>(
      html`<iom-press-contact
        .name=${'Liz\u2028Lizama'}
        .jobTitle=${'A\u2029B\u0085C\vD\fE\rF\r\nG\0H\x1cI\x7fJ\x9fK\tL'}
        .office=${'OIM\u0000 Washington\u001b'}
      ></iom-press-contact>`,
    );
    const { text } = await download(el);
    expect(text.split(CRLF).slice(2, 6)).to.deep.equal([
      'FN:Liz\\nLizama',
      'N:Lizama;Liz;;;',
      'TITLE:A\\nB\\nC\\nD\\nE\\nF\\nGHIJK\tL', // a tab is allowed (RFC 6350 §3.3)
      'ORG:OIM Washington',
    ]);
  });

  it('is read as the same properties by a reader that splits lines at any Unicode line break', async () => {
    const injected = ['TEL:+1 666 555 0100', 'EMAIL:x@evil.example', 'URL:https://evil.example', 'NOTE:x', 'NOTE:y'];
    const separators = ['\u2028', '\u2029', '\u0085', '\v', '\f'];
    const el = await fixture<IomPressContact>(
      html`<iom-press-contact
        name="Liz Lizama"
        .jobTitle=${injected.map((line, i) => `${separators[i]}${line}`).join('')}
        .office=${'OIM\u0000TEL:+1 666 555 0199'}
      ></iom-press-contact>`,
    );
    const { text } = await download(el);
    const lines = unfold(text).split(/\r\n|[\n\v\f\r\u0085\u2028\u2029]/);
    expect(lines.map((line) => line.split(':')[0])).to.deep.equal(['BEGIN', 'VERSION', 'FN', 'N', 'TITLE', 'ORG', 'END', '']);
    // eslint-disable-next-line no-control-regex
    expect(text.replace(/\r\n/g, '')).to.not.match(/[\0-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]/);
  });

  it('folds lines longer than 75 octets with CRLF and a space', async () => {
    const el = await fixture<IomPressContact>(
      html`<iom-press-contact name="Liz" job-title=${'a'.repeat(70)} office=${'x'.repeat(200)}></iom-press-contact>`,
    );
    const lines = (await download(el)).text.split(CRLF);
    expect(lines.slice(4, 10)).to.deep.equal([
      `TITLE:${'a'.repeat(69)}`, // 75 octets
      ' a',
      `ORG:${'x'.repeat(71)}`, // 75 octets
      ` ${'x'.repeat(74)}`, // 75 octets with the leading space
      ` ${'x'.repeat(55)}`,
      'END:VCARD',
    ]);
  });

  it('never folds inside a UTF-8 sequence, and unfolds to the original', async () => {
    const title = `${'a'.repeat(68)}éb`; // "TITLE:" + 68 octets, then é (2 octets) would make 76
    const office = 'المنظمة الدولية للهجرة – مكتب واشنطن العاصمة 🇺🇸 '.repeat(3).trim();
    const el = await fixture<IomPressContact>(
      html`<iom-press-contact name="ليز ليزاما" job-title=${title} office=${office}></iom-press-contact>`,
    );
    const { text, fileName } = await download(el);
    const lines = text.split(CRLF);
    expect(lines[4]).to.equal(`TITLE:${'a'.repeat(68)}`);
    expect(lines[5]).to.equal(' éb');
    for (const line of lines) expect(octets(line), line).to.be.at.most(75);
    expect(text).to.not.contain('\ufffd');
    expect(unfold(text).split(CRLF)).to.deep.equal([
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:ليز ليزاما',
      'N:ليزاما;ليز;;;',
      `TITLE:${title}`,
      `ORG:${office}`,
      'END:VCARD',
      '',
    ]);
    expect(fileName).to.equal('ليز-ليزاما.vcf');
  });

  it('leaves out what is missing or not valid, and names the file "contact" without a name', async () => {
    let el!: IomPressContact;
    const warnings = await warningsDuring(async () => {
      el = await fixture<IomPressContact>(
        html`<iom-press-contact office="OIM Washington" phone="call us" email="press@iom.int"></iom-press-contact>`,
      );
    });
    expect(warnings).to.have.length(1);
    const file = await download(el);
    // FN is required: without a name, the office stands in. No N, no TITLE, no TEL for a phone that is not one.
    expect(file.text).to.equal(
      [
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN:OIM Washington',
        'ORG:OIM Washington',
        'EMAIL;TYPE=work:press@iom.int',
        'END:VCARD',
        '',
      ].join(CRLF),
    );
    expect(file.fileName).to.equal('contact.vcf');
  });

  it('puts a national phone number in TEL as its national digits', async () => {
    const el = await fixture<IomPressContact>(html`<iom-press-contact phone="01 23 45 67 89"></iom-press-contact>`);
    const { text } = await download(el);
    expect(text).to.equal(
      ['BEGIN:VCARD', 'VERSION:4.0', 'FN:01 23 45 67 89', 'TEL;VALUE=uri;TYPE=work,voice:tel:0123456789', 'END:VCARD', ''].join(
        CRLF,
      ),
    );
  });

  it('takes a single-word name as the family name', async () => {
    const el = await fixture<IomPressContact>(html`<iom-press-contact name="Lizama"></iom-press-contact>`);
    expect((await download(el)).text.split(CRLF)[3]).to.equal('N:Lizama;;;;');
  });

  const fileNames: Array<[string, string]> = [
    ['Liz  Lizama', 'Liz-Lizama.vcf'],
    ["Seán O'Brien-Núñez", 'Seán-O-Brien-Núñez.vcf'],
    ['../../etc/passwd', 'etc-passwd.vcf'],
    ['CON: <script>"?*|', 'CON-script.vcf'],
    ['\u202eevil\u202c.exe', 'evil-exe.vcf'],
    ['...', 'contact.vcf'],
    ['王小明', '王小明.vcf'],
    ['x'.repeat(100), `${'x'.repeat(64)}.vcf`],
  ];
  for (const [name, fileName] of fileNames) {
    it(`names the file for "${name}" ${fileName}, with safe characters only`, async () => {
      const el = await fixture<IomPressContact>(html`<iom-press-contact name=${name}></iom-press-contact>`);
      expect((await download(el)).fileName).to.equal(fileName);
    });
  }

  it('revokes the object URL once the download has started', async () => {
    const el = await fixture<IomPressContact>(html`<iom-press-contact name="Liz Lizama"></iom-press-contact>`);
    const file = await download(el);
    expect(file.href).to.match(/^blob:/);
    expect(file.revoked).to.deep.equal([file.href]);
  });

  it('downloads with the keyboard (Space and Enter)', async () => {
    const el = await fixture<IomPressContact>(html`<iom-press-contact name="Liz Lizama"></iom-press-contact>`);
    for (const key of ['Space', 'Enter']) {
      button(el, 'vcard')!.focus();
      const file = await interceptDownload(() => sendKeys({ press: key }));
      expect(file.fileName, key).to.equal('Liz-Lizama.vcf');
    }
  });

  // Last in the file: Firefox then opens its downloads panel, which takes the keyboard focus from the page.
  it('really downloads on a real click: a Blob URL and <a download>, no error, the page stays, the URL revoked', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
      errors.push(String(event instanceof ErrorEvent ? event.message : event.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    // Watched, not replaced: the browser gets the real URL, saves the file and revokes it.
    const { createObjectURL, revokeObjectURL } = URL;
    const made: string[] = [];
    const revoked: string[] = [];
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      made.push(createObjectURL(blob));
      return made.at(-1)!;
    };
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
      revokeObjectURL(url);
    };
    const here = location.href;
    try {
      const el = await fixture<IomPressContact>(html`<iom-press-contact name="IOM Download Test"></iom-press-contact>`);
      const box = button(el, 'vcard')!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
      await waitUntil(() => revoked.length > 0, 'the Blob URL is revoked');
    } finally {
      Object.assign(URL, { createObjectURL, revokeObjectURL });
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
      await resetMouse();
    }
    expect(made).to.have.length(1);
    expect(revoked).to.deep.equal(made);
    let gone = false;
    await fetch(made[0]!).catch(() => (gone = true));
    expect(gone, 'the revoked URL no longer loads').to.equal(true);
    expect(errors).to.deep.equal([]);
    expect(location.href, 'no navigation to the Blob URL').to.equal(here);
  });
});
