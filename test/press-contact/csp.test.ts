import { expect } from '@open-wc/testing';
import '../../src/iom-press-contact.js';
import type { IomPressContact } from '../../src/iom-press-contact.js';
import { fixture, html } from '../support/helpers.js';
import { button, copyWith, interceptDownload, stubClipboard } from './support.js';

/**
 * A strict policy, as a host page may send it: no inline script or style, no `data:` or `blob:`
 * resources, Trusted Types enforced with only Lit's policy allowed. Added as a `<meta>` before the
 * element renders (this file runs in a page of its own).
 */
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self' ws: wss:",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

describe('iom-press-contact under a strict Content Security Policy', () => {
  const violations: string[] = [];
  const record = (event: SecurityPolicyViolationEvent) => violations.push(`${event.violatedDirective} ${event.blockedURI}`);

  before(() => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = POLICY;
    document.head.append(meta);
    document.addEventListener('securitypolicyviolation', record);
  });
  after(() => document.removeEventListener('securitypolicyviolation', record));

  it('renders, copies and downloads the vCard without a single violation', async () => {
    const el = await fixture<IomPressContact>(
      html`<iom-press-contact
        name="Liz Lizama"
        office="OIM Washington"
        phone="+1 202 716 8820"
        email="elizama@iom.int"
      ></iom-press-contact>`,
    );
    const clipboard = stubClipboard('reject');
    try {
      expect(await copyWith(el, 'copy-phone')).to.deep.equal({ field: 'phone', ok: false });
    } finally {
      clipboard.restore();
    }
    const file = await interceptDownload(() => button(el, 'vcard')!.click());
    expect(file.fileName).to.equal('Liz-Lizama.vcf');
    // The policy is really enforced: an inline style attribute is reported.
    const probe = document.createElement('div');
    probe.setAttribute('style', 'color: red');
    document.body.append(probe);
    await new Promise((resolve) => document.addEventListener('securitypolicyviolation', resolve, { once: true }));
    probe.remove();
    expect(violations).to.deep.equal(['style-src-attr inline']);
  });
});
