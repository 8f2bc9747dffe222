/*
 * A host page with a strict CSP and Trusted Types enforced by real response headers (see
 * strict-csp.html): all four components render and work, and the page records not a single
 * policy violation or uncaught error.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '../support/commands.js';
import { itExceptIn, WITHOUT_TRUSTED_TYPES } from '../support/engine.js';
import { waitUntil } from '../support/helpers.js';
import { closePages, figuresShown, openPage, textOf, upgraded, type EmbedPage } from './support/frame.js';

const PAGE = '/test/embed/strict-csp.html';

describe('embedded on a page with a strict CSP and Trusted Types', () => {
  let page: EmbedPage;

  before(async () => {
    await setViewport({ width: 1280, height: 900 });
    page = await openPage(PAGE);
    await upgraded(page);
  });
  after(() => closePages());

  it('is really served with the strict policy', async () => {
    const policy = (await fetch(PAGE)).headers.get('Content-Security-Policy');
    expect(policy).to.equal(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
    );
  });

  it('opens a navigation section', async () => {
    const root = page.nav.shadowRoot!;
    await waitUntil(() => root.querySelectorAll('button.toggle').length > 0, 'the navigation from its src');
    const toggle = root.querySelector<HTMLButtonElement>('button.toggle')!;
    expect(textOf(toggle)).to.contain('Qui sommes-nous');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await page.nav.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const panel = root.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(panel.checkVisibility()).to.equal(true);
    expect(panel.getBoundingClientRect().height).to.be.greaterThan(0);
    expect([...panel.querySelectorAll('a')].map((link) => link.getAttribute('href'))).to.include('/fr/dg');
  });

  it('counts the member states up to the final figures, in French', async () => {
    await waitUntil(() => figuresShown(page.counter).join() === '175,171', 'the final figures', { timeout: 5000 });
    const values = page.record.counted.map(Number);
    expect(values[0], 'starts at 0').to.equal(0);
    expect(
      values.some((value) => value > 0 && value < 175),
      `intermediate figures: ${values}`,
    ).to.equal(true);
    expect(
      [...values].sort((a, b) => a - b),
      'never backwards',
    ).to.deep.equal(values);
    const sentence = page.counter.shadowRoot!.querySelector<HTMLElement>('[part="sentence"]')!;
    expect(sentence.innerText.replace(/\s+/g, ' ').trim()).to.equal('175 États membres, présente dans 171 pays');
  });

  it('shows the news card with its link and its image', async () => {
    const root = page.card.shadowRoot!;
    const link = root.querySelector<HTMLAnchorElement>('a[part~="link"]')!;
    expect(link.getAttribute('href')).to.equal('#sommet');
    expect(textOf(link)).to.equal('L’OIM soutient l’exécution des mandats du Sommet des Amériques');
    const image = root.querySelector<HTMLImageElement>('img[part~="image"]')!;
    await waitUntil(() => image.complete && image.naturalWidth > 0, 'the image loads');
    expect(image.alt).to.equal('Le Sommet des Amériques');
  });

  it('copies the phone number to the clipboard', async () => {
    const written: string[] = [];
    Object.defineProperty(page.window.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void written.push(text) },
    });
    const button = page.contact.shadowRoot!.querySelector<HTMLButtonElement>('#copy-phone')!;
    const copied = new Promise<CustomEvent>((resolve) =>
      page.contact.addEventListener('iom-copy', (event) => resolve(event as CustomEvent), { once: true }),
    );
    button.click();
    expect((await copied).detail).to.deep.equal({ field: 'phone', ok: true });
    expect(written).to.deep.equal(['+1 202 716 8820']);
    await page.contact.updateComplete;
    expect(textOf(button)).to.equal('Copié');
  });

  it('downloads the vCard through a Blob URL', async () => {
    const { URL: FrameURL, HTMLAnchorElement: FrameAnchor } = page.window;
    const { createObjectURL, revokeObjectURL } = FrameURL;
    const { click } = FrameAnchor.prototype;
    const blobs: Blob[] = [];
    const revoked: string[] = [];
    const downloads: Array<{ href: string; download: string }> = [];
    FrameURL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return createObjectURL(blob);
    };
    FrameURL.revokeObjectURL = (url: string) => {
      revoked.push(url);
      revokeObjectURL(url);
    };
    // The real click runs, only the file is not saved.
    FrameAnchor.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push({ href: this.href, download: this.download });
      this.addEventListener('click', (event) => event.preventDefault(), { once: true });
      click.call(this);
    };
    try {
      page.contact.shadowRoot!.querySelector<HTMLButtonElement>('#vcard')!.click();
      await waitUntil(() => revoked.length === 1, 'the Blob URL is revoked');
    } finally {
      Object.assign(FrameURL, { createObjectURL, revokeObjectURL });
      FrameAnchor.prototype.click = click;
    }
    expect(downloads).to.have.length(1);
    expect(downloads[0]!.download).to.equal('Liz-Lizama.vcf');
    expect(downloads[0]!.href).to.match(/^blob:/);
    expect(revoked).to.deep.equal([downloads[0]!.href]);
    const text = await blobs[0]!.text();
    expect(text).to.contain('FN:Liz Lizama\r\n').and.contain('TEL;VALUE=uri;TYPE=work,voice:tel:+12027168820\r\n');
  });

  it('caused no policy violation, no uncaught error and no warning', () => {
    expect(page.record.violations).to.deep.equal([]);
    expect(page.record.errors).to.deep.equal([]);
    expect(page.record.warnings).to.deep.equal([]);
  });

  it('would have recorded a violation: the style policy is enforced and watched', async () => {
    const probe = page.document.createElement('div');
    probe.setAttribute('style', 'color: red');
    page.document.body.append(probe);
    expect(page.window.getComputedStyle(probe).color).not.to.equal('rgb(255, 0, 0)');
    await waitUntil(() => page.record.violations.length === 1, 'the violation reported');
    expect(page.record.violations[0]!.split(' ')[0]).to.equal('style-src-attr');
    page.record.violations.length = 0;
  });

  itExceptIn(WITHOUT_TRUSTED_TYPES, 'would have recorded a violation: Trusted Types are enforced and watched', async () => {
    // A string given to an HTML sink throws the page's TypeError (each engine words it its own
    // way) and inserts nothing. (A TypeError of the page's realm, which chai's `throw(TypeError)`
    // would not recognise.)
    const probe = page.document.createElement('div');
    expect(() => (probe.innerHTML = '<b>untrusted</b>'))
      .to.throw()
      .with.property('name', 'TypeError');
    expect(probe.childNodes).to.have.length(0);
    await waitUntil(() => page.record.violations.length === 1, 'the violation reported');
    expect(page.record.violations[0]!.split(' ')[0]).to.equal('require-trusted-types-for');
    page.record.violations.length = 0;
  });
});
