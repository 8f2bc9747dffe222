import { Harness, shadowPart, textOf } from '../core/harness.js';
import type { IomMegaNav } from './mega-nav.js';

/** `<iom-mega-nav>` as a person uses it: its items, its panels, its links, its Menu button. */
export class MegaNavHarness extends Harness<IomMegaNav> {
  /** The top-level items (section links and section buttons), as a screen reader names them. */
  get items(): string[] {
    return [...this.root.querySelectorAll('[data-top]')].map(textOf);
  }

  /** The accessible name of the navigation landmark. */
  get label(): string | null {
    return shadowPart(this.element, '[part~="base"]')?.getAttribute('aria-label') ?? null;
  }

  /** The buttons that open a section's panel. */
  get toggles(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('button.toggle')];
  }

  get panels(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('.panel')];
  }

  /** The panels shown (at most one). */
  get openPanels(): HTMLElement[] {
    return this.panels.filter((panel) => !panel.hidden);
  }

  /** The "Menu" button of the narrow layout. */
  get menuButton(): HTMLButtonElement {
    return this.root.querySelector<HTMLButtonElement>('.menu-button')!;
  }

  /** The panel a section button opens. */
  panelOf(toggle: HTMLButtonElement): HTMLElement {
    return this.root.getElementById(toggle.getAttribute('aria-controls')!)!;
  }

  /** Opens the panel of the `index`th section button (through the Menu button first when narrow) and returns it. */
  async open(index = 0): Promise<HTMLElement> {
    if (this.menuButton.checkVisibility() && this.menuButton.ariaExpanded !== 'true') await this.click(this.menuButton);
    const toggle = this.toggles[index]!;
    if (toggle.ariaExpanded !== 'true') await this.click(toggle);
    return this.panelOf(toggle);
  }

  /** The links of `panel` (every panel by default): text, address, and whether it is the current page. */
  links(panel: ParentNode = this.root): Array<{ text: string; href: string | null; current: boolean }> {
    return [...panel.querySelectorAll<HTMLAnchorElement>(panel === this.root ? '.panel a' : 'a')].map((link) => ({
      text: textOf(link),
      href: link.getAttribute('href'),
      current: link.getAttribute('aria-current') === 'page',
    }));
  }

  /** The visible text of the focused element (an icon button's text is its accessible name). */
  get focusedName(): string {
    return textOf(this.focused);
  }
}
