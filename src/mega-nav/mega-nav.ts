import { html, isServer, noChange, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { checkedAttribute, ownFields, textProperties, toNumber } from '../core/attributes.js';
import { IomElement } from '../core/iom-element.js';
import { JsonSourceController } from '../core/json-source.js';
import { pageLanguage } from '../core/locale.js';
import { listenToDocument } from '../core/page.js';
import { tokens } from '../core/tokens.styles.js';
import { readLightDom } from './light-dom.js';
import { checkedSections, findCurrent, TAG, validateSections, type CurrentPage, type NavSection } from './mega-nav.model.js';
import { arrowTarget } from './keyboard.js';
import { styles } from './mega-nav.styles.js';

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
  /** Set while updating, from the width: the narrow layout, a Menu button opening the sections. */
  #narrow = false;

  /** The valid sections of the property, and of the light DOM. */
  #own: NavSection[] | undefined;
  #light: NavSection[] | undefined;
  /**
   * Whether the light DOM changed since it was read: it is read again only when it is shown. Set on
   * connection (never during server rendering, which has no light DOM to read).
   */
  #lightChanged = false;
  /** Where the current page is in the sections shown. */
  #here: CurrentPage | undefined;
  /** The sections and the page `here` was found for; the panels' content is rendered from them. */
  #drawn: readonly unknown[] = [];
  /** Whether they changed in this update: if not, the panels' content is left as it is. */
  #fresh = true;
  /** The element's last measured width, and the `collapse-below` width in px. */
  #width = Infinity;
  /** Upgraded over server-rendered HTML (declarative shadow DOM), which hydration must first match. */
  readonly #hydrating = Boolean(this.shadowRoot);
  #limit = 960;
  readonly #source = new JsonSourceController(this, {
    tag: TAG,
    // An empty list is as useless as a broken one: the light-DOM navigation is shown instead.
    validate: (json) => {
      const sections = validateSections(json, 'src');
      return sections.length ? sections : 'has no sections';
    },
    keepOnFailure: false, // a failing file gives way to the light-DOM navigation, which matches the page
  });
  // Created on first connection: neither exists during server rendering.
  #resizeObserver: ResizeObserver | undefined;
  #lightObserver: MutationObserver | undefined;

  constructor() {
    super();
    this.collapseBelow = 960;
    this.openIndex = -1;
    this.menuOpen = false;
  }

  /** The sections shown: the property's, else the loaded `src`'s, else the light DOM's. */
  get #shown(): NavSection[] {
    return this.#own ?? this.#source.value ?? this.#lightSections() ?? [];
  }

  /** The light DOM's sections, read again if it changed: however many edits, once per update. */
  #lightSections(): NavSection[] | undefined {
    if (this.#lightChanged) this.#light = readLightDom(this);
    this.#lightChanged = false;
    return this.#light;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Disconnected, it saw no change: what happened meanwhile is read on the next update.
    this.#onLightChange();
    // Only the attributes the list is read from: not the element's own (src, current…).
    const options = ownFields<MutationObserverInit>({
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['href', 'id', 'slot'],
    });
    (this.#lightObserver ??= new MutationObserver((records) => this.#onLightChange(records))).observe(this, options);
    // It follows later width changes (the first render measured the width itself).
    // It watches a zero-height probe as wide as the element rather than the element itself:
    // switching layouts changes the element's height, which would re-trigger the observer within
    // the frame (the "ResizeObserver loop" error a host page may report).
    this.#resizeObserver ??= new ResizeObserver(([entry]) => {
      this.#width = entry!.contentRect.width;
      if (this.#width < this.#limit != this.#narrow) this.requestUpdate();
    });
    // Observing from a render that runs after a disconnect would outlive the element's stay in the page.
    void this.updateComplete.then(
      () => this.isConnected && this.#resizeObserver!.observe(this.renderRoot.querySelector('.width-probe')!),
    );
    listenToDocument('pointerdown', this.#onPointerDown);
    window.addEventListener('popstate', this.#onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#lightObserver!.disconnect();
    this.#resizeObserver!.disconnect();
    listenToDocument('pointerdown', this.#onPointerDown, false);
    window.removeEventListener('popstate', this.#onPopState);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    textProperties(this, TAG, ['src', 'label', 'current']);
    // Any value but null and undefined is checked: `false` or `0` is not a list either.
    if (changed.has('sections'))
      this.#own =
        this.sections === undefined || this.sections === null
          ? undefined
          : checkedSections(this.sections, 'sections', 'property "sections"');
    this.#limit = checkedAttribute(TAG, 'collapse-below', this.collapseBelow, toNumber, 960, 'a width in px');
    // The first render already has the layout for the element's width: ResizeObserver's first report
    // comes after a layout with the wide bar, which a narrow page would record as a layout shift.
    // Hydration keeps the server's layout until that report.
    if (!this.hasUpdated && !isServer && !this.#hydrating) this.#width = this.getBoundingClientRect().width || Infinity;
    const narrow = this.#width < this.#limit;
    if (narrow != this.#narrow) {
      this.#narrow = narrow;
      this.menuOpen = false;
      this.#setOpen(-1);
    }
    // `{lang}` follows <html lang>: a language change re-renders and so points at the new file.
    // Only a language code goes into the URL, whatever the page's `lang` holds.
    const lang = /^[a-z]{2,8}(?![a-z])/i.exec(pageLanguage())?.[0].toLowerCase() ?? 'en';
    this.#source.setUrl(this.src?.replaceAll('{lang}', lang));
    // Matching parses every link's URL: only when the sections or the page change, not on each toggle.
    const drawn = [this.#shown, this.current || globalThis.location?.href || ''] as const;
    this.#fresh = drawn[0] != this.#drawn[0] || drawn[1] != this.#drawn[1];
    if (this.#fresh) {
      // New sections: no panel stays open by position (it would be another section's).
      if (drawn[0] != this.#drawn[0]) this.openIndex = -1;
      this.#here = findCurrent(...drawn);
      this.#drawn = drawn;
    }
  }

  /** Marks the list for reading, unless the mutations are all inside the logo or the actions. */
  #onLightChange(records: MutationRecord[] = []): void {
    const slotted = (node: Node | null) => {
      while (node && node.parentNode !== this) node = node.parentNode;
      return node instanceof Element && node.hasAttribute('slot');
    };
    if (records.length && records.every((record) => record.attributeName !== 'slot' && slotted(record.target))) return;
    this.#lightChanged = true;
    this.requestUpdate();
  }

  readonly #onPointerDown = (event: PointerEvent) => {
    if (!event.composedPath().includes(this)) this.#setOpen(-1);
  };

  readonly #onPopState = () => this.requestUpdate();

  #onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    // null: focus went nowhere in particular (a click on the panel's text); outside clicks are handled on pointerdown.
    if (next && !this.contains(next) && !this.renderRoot.contains(next)) this.#setOpen(-1);
  }

  /** Opens the panel of section `index` (closing any other), or closes all with -1. */
  #setOpen(index: number): void {
    const previous = this.openIndex;
    if (index == previous) return;
    this.openIndex = index;
    for (const at of [previous, index]) {
      const section = this.#shown[at];
      if (section)
        this.dispatchEvent(
          new CustomEvent<NavToggleDetail>('iom-nav-toggle', {
            detail: { index: at, id: section.id ?? `section-${at}`, label: section.label, open: at == index },
            bubbles: true,
            composed: true,
          }),
        );
    }
  }

  #onKeyDown(event: KeyboardEvent): void {
    const root = this.renderRoot as ShadowRoot;
    const index = this.openIndex;
    let target: HTMLElement | null | undefined;
    if (event.key != 'Escape')
      target = arrowTarget(root, event.composedPath()[0] as HTMLElement, event.key, getComputedStyle(this).direction == 'rtl');
    // Escape closes the innermost open thing: the panel, else the Menu list, and focuses its button.
    else if (index >= 0) {
      this.#setOpen(-1);
      target = root.getElementById(`toggle-${index}`);
    } else if (this.menuOpen) {
      this.menuOpen = false;
      target = root.querySelector<HTMLElement>('.menu-button');
    }
    if (!target) return;
    event.preventDefault();
    // A move by key shows the focus ring even after a click: WebKit would otherwise keep it hidden
    // (its script focus follows the previous element's state). Not typed in lib.dom yet.
    target.focus({ focusVisible: true } as FocusOptions);
  }

  protected override render() {
    const { menuOpen } = this;
    const narrow = this.#narrow;
    const here = this.#here;
    return html`<nav
      class="base ${narrow ? 'narrow' : ''}"
      part="base"
      aria-label=${this.label || msg('Main', { desc: 'Default accessible name of the main navigation landmark.' })}
      @keydown=${this.#onKeyDown}
      @focusout=${this.#onFocusOut}
    >
      <div class="width-probe"></div>
      <div class="bar" part="bar">
        <slot name="logo"></slot>
        <button
          class="menu-button"
          part="menu-button"
          type="button"
          aria-expanded=${menuOpen}
          aria-controls="sections"
          @click=${() => (this.menuOpen = !menuOpen)}
        >
          ${msg('Menu', { desc: 'Button that opens the navigation on narrow screens.' })}${chevron}
        </button>
        <ul class="sections" part="sections" id="sections" ?hidden=${narrow && !menuOpen}>
          ${this.#shown.map((section, index) => {
            const { label, href } = section;
            const inSection = here?.section == section;
            const open = index == this.openIndex;
            const marked = inSection ? 'current' : '';
            return html`<li class="section" part="section">
              ${
                href
                  ? html`<a
                      class="section-link ${marked}"
                      part="section-link"
                      href=${href}
                      aria-current=${ifDefined(inSection ? (here.link == section ? 'page' : 'true') : undefined)}
                      data-top
                      >${label}</a
                    >`
                  : nothing
              }${
                section.groups.length
                  ? html`<button
                        id="toggle-${index}"
                        class="toggle ${marked}"
                        part="toggle"
                        type="button"
                        aria-expanded=${open}
                        aria-controls="panel-${index}"
                        data-top
                        @click=${() => this.#setOpen(open ? -1 : index)}
                      >
                        ${href ? '' : label}<span class="visually-hidden"
                          >${
                            href
                              ? msg(str`${label} submenu`, {
                                  desc: 'Name of the button that opens the panel of a section that also has its own link.',
                                })
                              : ''
                          }${
                            inSection
                              ? msg(', current section', {
                                  desc: 'Said after the name of the section that contains the current page.',
                                })
                              : ''
                          }</span
                        >${chevron}
                      </button>
                      <div class="panel" part="panel" id="panel-${index}" ?hidden=${!open}>
                        ${
                          // The panels' content depends on the sections and the current page only:
                          // opening or closing a panel re-renders the bar, not every link of every panel.
                          this.#fresh ? this.#renderPanel(section) : noChange
                        }
                      </div>`
                  : nothing
              }
            </li>`;
          })}
        </ul>
        <slot name="actions"></slot>
      </div>
    </nav>`;
  }

  #renderPanel({ description, groups }: NavSection) {
    const here = this.#here?.link;
    return [
      description ? html`<p class="description" part="description">${description}</p>` : nothing,
      groups.map(
        (group) =>
          html`<div>
            ${
              group.label
                ? html`<p class="group-label" part="group-label">
                    ${
                      group.href
                        ? html`<a
                            class="link"
                            part="link"
                            href=${group.href}
                            aria-current=${ifDefined(here == group ? 'page' : undefined)}
                            >${group.label}</a
                          >`
                        : group.label
                    }
                  </p>`
                : nothing
            }
            <ul class="links" aria-label=${group.label ?? nothing}>
              ${group.links.map((link) =>
                // Only the current link has an aria-current binding: 150 links, 150 bindings fewer.
                here == link
                  ? html`<li><a class="link" part="link" href=${link.href} aria-current="page">${link.label}</a></li>`
                  : html`<li><a class="link" part="link" href=${link.href}>${link.label}</a></li>`,
              )}
            </ul>
          </div>`,
      ),
    ];
  }
}

const chevron = html`<svg viewBox="0 0 10 6" width="10" height="6" aria-hidden="true" focusable="false">
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
