/*
 * "The elements work": what a visitor does with each of the four on an embed page, checked the
 * same way whichever copy of the library defined them.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/helpers.js';
import { figuresShown, type EmbedPage } from './frame.js';

/** Opens the first section of the navigation (after its Menu button when narrow) and returns the section's button. */
export async function openFirstSection(page: EmbedPage): Promise<HTMLButtonElement> {
  const root = page.nav.shadowRoot!;
  await waitUntil(() => root.querySelector('button.toggle'), 'a section button');
  const menu = root.querySelector<HTMLButtonElement>('button.menu-button')!;
  if (menu.checkVisibility()) {
    menu.click();
    await page.nav.updateComplete;
  }
  const toggle = root.querySelector<HTMLButtonElement>('button.toggle')!;
  toggle.click();
  await page.nav.updateComplete;
  return toggle;
}

/** Copies `field` with the press contact's button, the clipboard stubbed in the page; returns what was written. */
export async function copyFromContact(page: EmbedPage, field: 'phone' | 'email'): Promise<string[]> {
  const written: string[] = [];
  Object.defineProperty(page.window.navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (text: string) => void written.push(text) },
  });
  const copied = new Promise<CustomEvent>((resolve) =>
    page.contact.addEventListener('iom-copy', (event) => resolve(event as CustomEvent), { once: true }),
  );
  page.contact.shadowRoot!.querySelector<HTMLButtonElement>(`#copy-${field}`)!.click();
  // Own properties only: chai's deep equality also compares what a polluted page inherits (hostile-globals.html?pollute).
  expect({ ...(await copied).detail }).to.deep.equal({ field, ok: true });
  return written;
}

/**
 * The navigation opens a panel, the counter reaches 175 and 171, the card links to `#sommet` and
 * the press contact copies its email address.
 */
export async function expectElementsWork(page: EmbedPage): Promise<void> {
  const toggle = await openFirstSection(page);
  expect(toggle.getAttribute('aria-expanded')).to.equal('true');
  expect(page.nav.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!.checkVisibility()).to.equal(true);

  await waitUntil(() => figuresShown(page.counter).join() === '175,171', 'the counter reaches its final figures');

  expect(page.card.shadowRoot!.querySelector('a[part~="link"]')?.getAttribute('href')).to.equal('#sommet');

  expect(await copyFromContact(page, 'email')).to.deep.equal(['elizama@iom.int']);
}

/** The warnings our elements printed (Lit's own dev-mode notice aside). */
export const ourWarnings = (page: EmbedPage) => page.record.warnings.filter((message) => message.startsWith('[iom-'));
