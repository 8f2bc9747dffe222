import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { checkedAttribute, toNumber } from '../core/attributes.js';
import { IomElement } from '../core/iom-element.js';
import { JsonSourceController } from '../core/json-source.js';
import { pageLanguage } from '../core/locale.js';
import { tokens } from '../core/tokens.styles.js';
import { warn } from '../core/warn.js';
import { readLightDom } from './light-dom.js';
import {
  findCurrent,
  validateSections,
  type CurrentPage,
  type NavGroup,
  type NavLink,
  type NavSection,
} from './mega-nav.model.js';
import { arrowTarget } from './keyboard.js';
import { styles } from './mega-nav.styles.js';

const TAG = 'iom-mega-nav';
const DEFAULT_COLLAPSE_BELOW = 960;

/** Detail of `iom-nav-toggle`. */
export interface NavToggleDetail {
  /** Position of the section among the sections. */
  index: number;
  /** The section's `id`, or `section-<index>`. */
  id: string;
  label: string;
  open: boolean;
}

/**
 * The IOM mega navigation, to the WAI-ARIA APG "disclosure navigation menu" pattern.
 *
 * Content comes from the `sections` property, else from the JSON at `src`, else from a light-DOM
 * `<ul>` of nested lists of links, which also serves pages without JavaScript and search engines.
 * Each section with groups of links is a button that opens its panel (Enter, Space, click);
 * Escape, a click outside and focus leaving the navigation close it. Arrow keys move between the
 * top-level items and through the links of an open panel; Home and End go to the first and last.
 * Below `collapse-below` pixels of its own width it becomes a "Menu" button that opens a
 * push-down list of accordion sections.
 *
 * @tagname iom-mega-nav
 * @summary The IOM mega navigation: disclosure panels of grouped links, collapsing to a menu when narrow.
 *
 * @slot logo - The organisation's logo link, at the start of the bar.
 * @slot actions - A search box, a language switcher…, at the end of the bar.
 *
 * @fires {CustomEvent<NavToggleDetail>} iom-nav-toggle - A section's panel opened or closed.
 *
 * @csspart base - The `<nav>` landmark.
 * @csspart bar - The bar holding the logo, the sections, the actions and the Menu button.
 * @csspart sections - The list of top-level items.
 * @csspart section - Each top-level item.
 * @csspart section-link - A section's own link, and a section without a panel.
 * @csspart toggle - A section's button, which opens its panel.
 * @csspart panel - A section's panel.
 * @csspart description - The paragraph at the top of a panel.
 * @csspart group-label - The heading of a group of links.
 * @csspart link - Each link in a panel.
 * @csspart menu-button - The "Menu" button of the narrow layout.
 *
 * @cssproperty --iom-mega-nav-background - Background of the bar. Default `--iom-color-surface`.
 * @cssproperty --iom-mega-nav-panel-background - Background of the panels. Default `--iom-color-surface`.
 * @cssproperty --iom-mega-nav-link-color - Colour of links and buttons. Default `--iom-color-navy`.
 * @cssproperty --iom-mega-nav-z-index - Stacking of the open panel over the page. Default `1000`.
 * @cssproperty --iom-color-primary - Current-section marker and open panel border, `#0033A0`.
 * @cssproperty --iom-color-focus - Focus ring, `#418FDE`.
 * @cssproperty --iom-color-navy - Links, buttons and group headings, `#18375F`.
 * @cssproperty --iom-color-light-blue - Underline of the open section, `#418FDE`.
 * @cssproperty --iom-color-text - Panel descriptions, `#1A1A1A`.
 * @cssproperty --iom-color-surface - Bar and panel background, `#FFFFFF`.
 * @cssproperty --iom-radius - Corners of focus rings, `4px`.
 * @cssproperty --iom-space - Spacing unit, `16px`.
 * @cssproperty --iom-font-family - Default `'Open Sans'`, then the system stack.
 * @cssproperty --iom-font-size - Base font size, `16px`.
 */
export class IomMegaNav extends IomElement {
  static override properties = {
    sections: { attribute: false },
    src: {},
    label: {},
    current: {},
    collapseBelow: { attribute: 'collapse-below' },
    openIndex: { state: true },
    menuOpen: { state: true },
    narrow: { state: true },
  };

  static override styles = [tokens, styles];

  /**
   * The navigation as data; when set, it wins over `src` and the light DOM. Each entry:
   * `{ label, href?, description?, id?, groups: [{ label, href?, links: [{ label, href }] }] }`.
   */
  declare sections: NavSection[] | undefined;

  /**
   * URL of a JSON document `{ "sections": [...] }` (http, https or relative). `{lang}` becomes the
   * page's primary language subtag, so one file per language can serve every office. When it
   * fails, the light-DOM navigation stays.
   */
  declare src: string | undefined;

  /** Accessible name of the navigation landmark. Default: the localized "Main". */
  declare label: string | undefined;

  /**
   * URL of the current page (absolute, or relative to the document), for CMS previews. Default:
   * the page's own address. Its link gets `aria-current="page"`.
   */
  declare current: string | undefined;

  /** Width in px of the element itself below which it collapses into a Menu button. Default 960. */
  declare collapseBelow: number | string;

  declare private openIndex: number;
  declare private menuOpen: boolean;
  declare private narrow: boolean;

  private lightSections: NavSection[] | undefined;
  private propertySections: NavSection[] | undefined;
  private currentPage: CurrentPage | undefined;
  private currentFor: [NavSection[]?, string?] = [];
  /** The element's last measured width, for `collapse-below`. */
  private width = Infinity;
  /** Upgraded over server-rendered HTML (declarative shadow DOM), which hydration must first match. */
  private readonly serverRendered = Boolean(this.shadowRoot);
  private readonly source = new JsonSourceController(this, {
    tag: TAG,
    // An empty list is as useless as a broken one: the light-DOM navigation is shown instead.
    validate: (json) => {
      const sections = validateSections(json, 'src');
      return Array.isArray(sections) && sections.length === 0 ? 'has no sections' : sections;
    },
    keepOnFailure: false, // a failing file gives way to the light-DOM navigation, which matches the page
  });
  // Created on first connection: neither exists during server rendering.
  private resizeObserver: ResizeObserver | undefined;
  private lightDomObserver: MutationObserver | undefined;

  constructor() {
    super();
    this.collapseBelow = DEFAULT_COLLAPSE_BELOW;
    this.openIndex = -1;
    this.menuOpen = false;
    this.narrow = false;
  }

  /** The sections shown: the property's, else the loaded `src`'s, else the light DOM's. */
  private get shownSections(): NavSection[] {
    return this.propertySections ?? this.source.value ?? this.lightSections ?? [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readLightDom();
    // Changes to the element's own attributes (src, current…) are not changes to the list.
    this.lightDomObserver ??= new MutationObserver((records) => {
      if (records.some((record) => record.target !== this)) this.readLightDom();
    });
    this.lightDomObserver.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
    this.resizeObserver ??= new ResizeObserver(([entry]) => this.onResize(entry!.contentBoxSize[0]!.inlineSize));
    if (this.hasUpdated) this.observeWidth();
    document.addEventListener('pointerdown', this.onDocumentPointerDown);
    window.addEventListener('popstate', this.onLocationChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.lightDomObserver?.disconnect();
    this.resizeObserver?.disconnect();
    document.removeEventListener('pointerdown', this.onDocumentPointerDown);
    window.removeEventListener('popstate', this.onLocationChange);
  }

  protected override firstUpdated(): void {
    // A first update may run after a disconnect: observing then would outlive the element's stay in the page.
    if (this.isConnected) this.observeWidth();
  }

  /**
   * Watches a zero-height probe as wide as the element rather than the element itself: switching
   * layouts changes the element's height, which would re-trigger the observer within the frame
   * (the "ResizeObserver loop" error a host page may report); the probe's width does not change.
   */
  private observeWidth(): void {
    this.resizeObserver?.observe(this.renderRoot.querySelector('.width-probe')!);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The first render already has the layout for the element's width (measured once, here):
    // waiting for ResizeObserver's first report would show a narrow page the wide bar for a frame,
    // a layout shift. Hydration keeps the server's layout until that report.
    if (!this.hasUpdated && !isServer && !this.serverRendered && this.isConnected) {
      this.width = this.getBoundingClientRect().width || Infinity;
      this.updateLayout();
    }
    if (changed.has('sections')) {
      const sections = this.sections === undefined ? undefined : validateSections(this.sections, 'sections');
      if (typeof sections === 'string') warn(TAG, 'property "sections"', this.sections, sections, 'ignored it');
      this.propertySections = typeof sections === 'string' ? undefined : sections;
    }
    if (changed.has('collapseBelow') && this.hasUpdated) this.updateLayout();
    // `{lang}` follows <html lang>: a language change re-renders and so points at the new file.
    // Only a language code goes into the URL, whatever the page's `lang` holds.
    const lang = /^[a-z]{2,8}(?![a-z])/i.exec(pageLanguage())?.[0].toLowerCase() ?? 'en';
    this.source.setUrl(this.src?.replaceAll('{lang}', lang));
    const sections = this.shownSections;
    if (this.openIndex >= sections.length) this.openIndex = -1;
    // Matching parses every link's URL: only when the sections or the page change, not on each toggle.
    const page = this.current || globalThis.location?.href || '';
    if (sections !== this.currentFor[0] || page !== this.currentFor[1]) {
      // No document when server-rendered: `current` is then matched against links on an arbitrary origin.
      this.currentPage = findCurrent(sections, page, globalThis.document?.baseURI ?? 'https://localhost/');
      this.currentFor = [sections, page];
    }
  }

  private readLightDom(): void {
    this.lightSections = readLightDom(this);
    this.requestUpdate();
  }

  private onResize(width: number): void {
    this.width = width;
    this.updateLayout();
  }

  private updateLayout(): void {
    const limit = checkedAttribute(TAG, 'collapse-below', this.collapseBelow, toNumber, DEFAULT_COLLAPSE_BELOW, 'a width in px');
    const narrow = this.width < limit;
    if (narrow === this.narrow) return;
    this.narrow = narrow;
    this.menuOpen = false;
    this.setOpen(-1);
  }

  private readonly onDocumentPointerDown = (event: PointerEvent) => {
    if (!event.composedPath().includes(this)) this.setOpen(-1);
  };

  private readonly onLocationChange = () => this.requestUpdate();

  private onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    // null: focus went nowhere in particular (a click on the panel's text); outside clicks are handled on pointerdown.
    if (next && !this.contains(next) && !this.renderRoot.contains(next)) this.setOpen(-1);
  }

  /** Opens the panel of section `index` (closing any other), or closes all with -1. */
  private setOpen(index: number): void {
    const previous = this.openIndex;
    if (index === previous) return;
    this.openIndex = index;
    const sections = this.shownSections;
    for (const [changed, open] of [
      [previous, false],
      [index, true],
    ] as const) {
      const section = sections[changed];
      if (!section) continue;
      const detail: NavToggleDetail = { index: changed, id: section.id ?? `section-${changed}`, label: section.label, open };
      this.dispatchEvent(new CustomEvent('iom-nav-toggle', { detail, bubbles: true, composed: true }));
    }
  }

  private onKeyDown(event: KeyboardEvent): void {
    const origin = event.composedPath()[0] as HTMLElement;
    if (event.key === 'Escape') return this.onEscape(event);
    const target = arrowTarget(this.renderRoot as ShadowRoot, origin, event.key, getComputedStyle(this).direction === 'rtl');
    if (!target) return;
    event.preventDefault();
    target.focus();
  }

  private onEscape(event: KeyboardEvent): void {
    const root = this.renderRoot as ShadowRoot;
    if (this.openIndex >= 0) {
      event.preventDefault();
      const index = this.openIndex;
      this.setOpen(-1);
      root.querySelector<HTMLElement>(`#toggle-${index}`)?.focus();
    } else if (this.menuOpen) {
      event.preventDefault();
      this.menuOpen = false;
      root.querySelector<HTMLElement>('.menu-button')?.focus();
    }
  }

  protected override render(): TemplateResult {
    const sections = this.shownSections;
    const hideSections = this.narrow && !this.menuOpen;
    return html`<nav
      class="base ${this.narrow ? 'narrow' : ''}"
      part="base"
      aria-label=${this.label || msg('Main', { desc: 'Default accessible name of the main navigation landmark.' })}
      @keydown=${this.onKeyDown}
      @focusout=${this.onFocusOut}
    >
      <div class="width-probe"></div>
      <div class="bar" part="bar">
        <slot name="logo"></slot>
        <button
          class="menu-button"
          part="menu-button"
          type="button"
          aria-expanded=${this.menuOpen}
          aria-controls="sections"
          @click=${() => (this.menuOpen = !this.menuOpen)}
        >
          ${msg('Menu', { desc: 'Button that opens the navigation on narrow screens.' })}${chevron}
        </button>
        <ul class="sections" part="sections" id="sections" ?hidden=${hideSections}>
          ${sections.map((section, index) => this.renderSection(section, index))}
        </ul>
        <slot name="actions"></slot>
      </div>
    </nav>`;
  }

  private renderSection(section: NavSection, index: number): TemplateResult {
    const current = this.currentPage?.section === index ? this.currentPage : undefined;
    const ownLinkCurrent = current ? (current.link === 'section' ? 'page' : 'true') : undefined;
    const ownLink = section.href
      ? html`<a
          class="top section-link ${current ? 'current' : ''}"
          part="section-link"
          href=${section.href}
          aria-current=${ifDefined(ownLinkCurrent)}
          data-top
          >${section.label}</a
        >`
      : nothing;
    if (section.groups.length === 0) return html`<li class="section" part="section">${ownLink}</li>`;
    const open = this.openIndex === index;
    const marker = current
      ? html`<span class="visually-hidden"
          >${msg(', current section', { desc: 'Said after the name of the section that contains the current page.' })}</span
        >`
      : nothing;
    return html`<li class="section" part="section">
      ${ownLink}
      <button
        id="toggle-${index}"
        class="toggle ${current ? 'current' : ''}"
        part="toggle"
        type="button"
        aria-expanded=${open}
        aria-controls="panel-${index}"
        data-top
        @click=${() => this.setOpen(open ? -1 : index)}
      >
        ${
          section.href
            ? html`<span class="visually-hidden"
                >${msg(str`${section.label} submenu`, { desc: 'Name of the button that opens the panel of a section that also has its own link.' })}</span
              >`
            : section.label
        }${marker}${chevron}
      </button>
      <div class="panel" part="panel" id="panel-${index}" ?hidden=${!open}>
        ${section.description ? html`<p class="description" part="description">${section.description}</p>` : nothing}
        ${section.groups.map((group, g) => this.renderGroup(group, `${index}-${g}`))}
      </div>
    </li>`;
  }

  private renderGroup(group: NavGroup, id: string): TemplateResult {
    return html`<div class="group">
      ${
        group.label
          ? html`<p class="group-label" part="group-label" id="group-${id}">
              ${group.href ? this.renderLink(group) : group.label}
            </p>`
          : nothing
      }
      <ul class="links" aria-labelledby=${group.label ? `group-${id}` : nothing}>
        ${group.links.map((link) => html`<li>${this.renderLink(link)}</li>`)}
      </ul>
    </div>`;
  }

  /** A panel link; only the current page's carries `aria-current`, so the others have no binding for it. */
  private renderLink(link: NavLink | NavGroup): TemplateResult {
    return this.currentPage?.link === link
      ? html`<a class="link" part="link" href=${link.href!} aria-current="page">${link.label}</a>`
      : html`<a class="link" part="link" href=${link.href!}>${link.label}</a>`;
  }
}

const chevron = html`<svg class="chevron" viewBox="0 0 10 6" aria-hidden="true" focusable="false">
  <path d="M1 1l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.5" />
</svg>`;

declare global {
  interface HTMLElementTagNameMap {
    'iom-mega-nav': IomMegaNav;
  }
  interface HTMLElementEventMap {
    'iom-nav-toggle': CustomEvent<NavToggleDetail>;
  }
}
