import { html, isServer, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { numberAttribute, toNumber } from '../core/attributes.js';
import { DismissController, type DismissReason } from '../core/controllers/dismiss.controller.js';
import { JsonSourceController } from '../core/controllers/json-source.controller.js';
import { WidthController } from '../core/controllers/width.controller.js';
import { IomElement } from '../core/iom-element.js';
import { pageLanguage } from '../core/locale.js';
import { IomNavToggleEvent } from '../events/nav-toggle.js';
import { arrowTarget } from './keyboard.js';
import { LightDomController } from './light-dom.controller.js';
import { checkedSections, findCurrent, validateSections, type CurrentPage, type NavSection } from './mega-nav.model.js';
import { styles } from './mega-nav.styles.js';
import { chevron, sectionItem, type ItemView } from './templates.js';

export type { NavToggleDetail } from '../events/nav-toggle.js';

/** The width below which the navigation collapses into a Menu button, by default. */
const COLLAPSE_BELOW = 960;

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
 * @fires {IomNavToggleEvent} iom-nav-toggle - A section's panel opened or closed.
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
  static override readonly tagName = 'iom-mega-nav';

  static override styles = styles;

  static override properties = {
    sections: { attribute: false },
    src: {},
    label: {},
    current: {},
    collapseBelow: { attribute: 'collapse-below', converter: numberAttribute },
  };

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
  declare collapseBelow: number | undefined;

  /** The section whose panel is open, -1 for none. */
  #openIndex = -1;
  /** Whether the Menu button of the narrow layout has its list open. */
  #menuOpen = false;
  /** The narrow layout: a Menu button opening the sections. */
  #narrow = false;
  /** `collapse-below`, validated. */
  #collapseBelow = COLLAPSE_BELOW;
  /** The valid sections of the `sections` property. */
  #own: NavSection[] | undefined;
  /** The sections shown, and the page they were matched against. */
  #shown: NavSection[] = [];
  #page = '';
  /** Where the current page is in the sections shown. */
  #here: CurrentPage | undefined;

  readonly #source = new JsonSourceController(this, {
    warn: this.warn,
    // An empty list is as useless as a broken one: the light-DOM navigation is shown instead.
    validate: (json) => {
      const sections = validateSections(json, 'src', this.warn);
      return sections.length ? sections : 'has no sections';
    },
    // A failing file gives way to the light-DOM navigation, which matches the page.
    fallback: 'showed the light-DOM navigation',
  });
  readonly #light = new LightDomController(this, this.warn);
  readonly #width = new WidthController(this, {
    probe: () => this.renderRoot.querySelector('.width-probe'),
    matters: (width) => width < this.#collapseBelow !== this.#narrow,
  });

  constructor() {
    super();
    // It registers itself with the element, which needs nothing more of it.
    new DismissController(this, (reason) => this.#onDismiss(reason));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.#onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.textProperties(['src', 'label', 'current']);
    // Any value but null and undefined is checked: `false` or `0` is not a list either.
    if (changed.has('sections'))
      this.#own =
        this.sections === undefined || this.sections === null
          ? undefined
          : checkedSections(this.sections, 'sections', 'property "sections"', this.warn);
    if (changed.has('collapseBelow'))
      this.#collapseBelow = this.checkedAttribute(
        'collapse-below',
        this.collapseBelow ?? COLLAPSE_BELOW,
        toNumber,
        COLLAPSE_BELOW,
        'a width in px',
      );
    // The first render already has the layout of the element's width (server-rendered HTML keeps
    // the server's layout until the observer's first report).
    if (!this.hasUpdated && !isServer && !this.serverRendered) this.#width.measure();
    const narrow = this.#width.value < this.#collapseBelow;
    if (narrow !== this.#narrow) {
      this.#narrow = narrow;
      this.#menuOpen = false;
      this.#setOpen(-1);
    }
    // `{lang}` follows <html lang>: a language change re-renders and so points at the new file.
    // Only a language code goes into the URL, whatever the page's `lang` holds.
    const lang = /^[a-z]{2,8}(?![a-z])/i.exec(pageLanguage())?.[0].toLowerCase() ?? 'en';
    this.#source.setUrl(this.src?.replaceAll('{lang}', lang));
    // Matching parses every link's URL: only when the sections or the page change, not on each toggle.
    const shown = this.#own ?? this.#source.value ?? this.#light.sections ?? [];
    const page = this.current || globalThis.location?.href || '';
    if (shown !== this.#shown || page !== this.#page) {
      // New sections: no panel stays open by position (it would be another section's).
      if (shown !== this.#shown) this.#openIndex = -1;
      this.#shown = shown;
      this.#page = page;
      this.#here = findCurrent(shown, page);
    }
  }

  readonly #onPopState = () => this.requestUpdate();

  /** Escape closes the innermost open thing (the panel, else the Menu list) and focuses its button; outside, the panel. */
  #onDismiss(reason: DismissReason): boolean {
    const root = this.renderRoot as ShadowRoot;
    const open = this.#openIndex;
    if (open >= 0) {
      this.#setOpen(-1);
      if (reason === 'escape') focusByKey(root.getElementById(`toggle-${open}`));
      return true;
    }
    if (reason === 'escape' && this.#menuOpen) {
      this.#setMenuOpen(false);
      focusByKey(root.querySelector<HTMLElement>('.menu-button'));
      return true;
    }
    return false;
  }

  #onKeyDown(event: KeyboardEvent): void {
    const rtl = getComputedStyle(this).direction === 'rtl';
    const target = arrowTarget(this.renderRoot as ShadowRoot, event.composedPath()[0] as HTMLElement, event.key, rtl);
    if (!target) return;
    event.preventDefault();
    focusByKey(target);
  }

  #onMenuClick(): void {
    this.#setMenuOpen(!this.#menuOpen);
  }

  #setMenuOpen(open: boolean): void {
    this.#menuOpen = open;
    this.requestUpdate();
  }

  /** Opens the panel of section `index` (closing any other), or closes all with -1, and says so. */
  #setOpen(index: number): void {
    const previous = this.#openIndex;
    if (index === previous) return;
    this.#openIndex = index;
    this.requestUpdate();
    for (const at of [previous, index]) {
      const section = this.#shown[at];
      if (section)
        this.dispatchEvent(
          new IomNavToggleEvent({ index: at, id: section.id ?? `section-${at}`, label: section.label, open: at === index }),
        );
    }
  }

  protected override render() {
    return html`<nav
      class="base ${this.#narrow ? 'narrow' : ''}"
      part="base"
      aria-label=${this.label || msg('Main', { desc: 'Default accessible name of the main navigation landmark.' })}
      @keydown=${this.#onKeyDown}
    >
      <div class="width-probe"></div>
      <div class="bar" part="bar">
        <slot name="logo"></slot>
        ${this.#renderMenuButton()}
        <ul class="sections" part="sections" id="sections" ?hidden=${this.#narrow && !this.#menuOpen}>
          ${this.#shown.map((section, index) => sectionItem(section, index, this.#itemView))}
        </ul>
        <slot name="actions"></slot>
      </div>
    </nav>`;
  }

  /** What the top-level items' templates need of the element's state. */
  get #itemView(): ItemView {
    return { here: this.#here, openIndex: this.#openIndex, toggle: (index) => this.#setOpen(index) };
  }

  #renderMenuButton() {
    return html`<button
      class="menu-button"
      part="menu-button"
      type="button"
      aria-expanded=${this.#menuOpen}
      aria-controls="sections"
      @click=${this.#onMenuClick}
    >
      ${msg('Menu', { desc: 'Button that opens the navigation on narrow screens.' })}${chevron()}
    </button>`;
  }
}

/** Moves focus by key, showing the focus ring even after a click: WebKit would otherwise keep it hidden. */
function focusByKey(target: HTMLElement | null): void {
  // Not typed in lib.dom yet.
  target?.focus({ focusVisible: true } as FocusOptions);
}

declare global {
  interface HTMLElementTagNameMap {
    [IomMegaNav.tagName]: IomMegaNav;
  }
}
