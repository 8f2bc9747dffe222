/*
 * The CDN bundle exactly as a webmaster pastes it (built by `npm run build` before the browser
 * tests run): French from the first render, loaded twice without harm, the cloak in place.
 * This file imports nothing from src/: the bundle is the only copy of the library on the page.
 */
import { expect } from '@open-wc/testing';
import { setPageLanguage, waitUntil } from '../support/helpers.js';

const errors: string[] = [];
window.addEventListener('error', (event) => errors.push(String(event.message)));

function addScript(src: string): void {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = src;
  document.head.append(script);
}

const textOf = (el: Element) =>
  (el.shadowRoot?.querySelector('p:not([aria-hidden])')?.textContent ?? '').replace(/[ \n]+/g, ' ').trim();

describe('the CDN bundle', () => {
  before(() => {
    setPageLanguage('fr');
    const cloak = document.createElement('link');
    cloak.rel = 'stylesheet';
    cloak.href = '/dist/iom-cloak.css';
    document.head.append(cloak);
    return new Promise((resolve) => cloak.addEventListener('load', resolve));
  });

  it('cloaks tags until they are defined, revealing light DOM after 2 s by CSS alone', () => {
    const waiting = document.createElement('iom-press-contact');
    document.body.append(waiting);
    const style = getComputedStyle(waiting);
    expect(style.visibility).to.equal('hidden');
    expect(style.animationName).to.equal('iom-cloak-reveal');
    expect(style.animationDelay).to.equal('2s');
    waiting.remove();
  });

  it('defines the elements only once the French strings are there: no English, not even for one frame', async () => {
    const counter = document.createElement('iom-member-counter');
    counter.setAttribute('duration', '0');
    document.body.append(counter);
    expect(getComputedStyle(counter).minHeight).to.equal('58px'); // the cloak keeps its space
    const seen: string[] = [];
    addScript('/dist/cdn/iom-components.js');
    await customElements.whenDefined('iom-member-counter');
    const record = () => seen.push(textOf(counter));
    new MutationObserver(record).observe(counter.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await waitUntil(() => textOf(counter) !== '');
    record();
    expect(seen.filter((text) => text !== '')).to.satisfy((texts: string[]) =>
      texts.every((t) => t === '175 États membres, présente dans 171 pays'),
    );
    expect(getComputedStyle(counter).visibility).to.equal('visible');
  });

  it('can be loaded twice, from another URL too, without evaluating Lit again or throwing', async () => {
    addScript('/dist/cdn/iom-components.js?v=2');
    addScript('/test-cdn-mirror/iom-components.js');
    await waitUntil(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/test-cdn-mirror/')));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const resources = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    // The mirror's entry ran, found the bundle already loading, and fetched nothing more.
    expect(resources.filter((path) => path.startsWith('/test-cdn-mirror/'))).to.deep.equal([
      '/test-cdn-mirror/iom-components.js',
    ]);
    const chunks = resources.filter((path) => path.includes('iom-components.bundle-'));
    expect(chunks.length).to.be.greaterThan(0);
    expect(new Set(chunks).size, 'each chunk fetched once').to.equal(chunks.length);
    expect(errors).to.deep.equal([]);
  });

  it('follows <html lang> afterwards', async () => {
    const counter = document.querySelector('iom-member-counter')!;
    setPageLanguage('es');
    await waitUntil(() => textOf(counter).includes('Estados'), 'Spanish after the switch');
    expect(textOf(counter)).to.equal('175 Estados miembros, presente en 171 países');
    setPageLanguage('en');
  });
});
