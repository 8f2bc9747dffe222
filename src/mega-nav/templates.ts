/*
 * The navigation's templates below the bar: each top-level item (a section's link, the button and
 * panel of its groups) and a panel's content. They read the element's state through `ItemView`.
 */
import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import type { CurrentPage, NavGroup, NavSection } from './mega-nav.model.js';

type Here = CurrentPage['link'] | undefined;

/** What a top-level item shows of the element's state. */
export interface ItemView {
  /** Where the current page is. */
  here: CurrentPage | undefined;
  /** The section whose panel is open, -1 for none. */
  openIndex: number;
  /** Opens the panel of section `index`, or closes all with -1. */
  toggle: (index: number) => void;
}

/** A top-level item: the section's own link, and the button and panel of its groups. */
export function sectionItem(section: NavSection, index: number, view: ItemView) {
  const current = view.here?.section === section;
  return html`<li class="section" part="section">
    ${section.href ? sectionLink(section, current && view.here?.link === section, current) : nothing}
    ${section.groups.length ? disclosure(section, index, current, view) : nothing}
  </li>`;
}

/** A section's own link: `aria-current="page"` on the section's page, `"true"` on another page of the section. */
function sectionLink({ href, label }: NavSection, page: boolean, current: boolean) {
  return html`<a
    class="section-link ${current ? 'current' : ''}"
    part="section-link"
    href=${href!}
    aria-current=${ifDefined(page ? 'page' : current ? 'true' : undefined)}
    data-top
    >${label}</a
  >`;
}

/** The button of a section's groups and its panel. */
function disclosure(section: NavSection, index: number, current: boolean, { here, openIndex, toggle }: ItemView) {
  const { href, label } = section;
  const open = index === openIndex;
  // A section with its own link names its button "<label> submenu"; without, the button is the label.
  const name = href
    ? msg(str`${label} submenu`, { desc: 'Name of the button that opens the panel of a section that also has its own link.' })
    : '';
  const currentSection = current
    ? msg(', current section', { desc: 'Said after the name of the section that contains the current page.' })
    : '';
  return html`<button
      id="toggle-${index}"
      class="toggle ${current ? 'current' : ''}"
      part="toggle"
      type="button"
      aria-expanded=${open}
      aria-controls="panel-${index}"
      data-top
      @click=${() => toggle(open ? -1 : index)}
    >
      ${href ? '' : label}<span class="visually-hidden">${name}${currentSection}</span>${chevron()}
    </button>
    <div class="panel" part="panel" id="panel-${index}" ?hidden=${!open}>
      ${
        // Its content depends on the section and the current page only: opening or closing a
        // panel re-renders the bar, not every link of every panel.
        guard([section, here], () => panelContent(section, here?.link))
      }
    </div>`;
}

/** What a section's panel holds: its description, then each group's heading and links. `here` is the current page's entry. */
function panelContent({ description, groups }: NavSection, here: Here) {
  return [
    description ? html`<p class="description" part="description">${description}</p>` : nothing,
    groups.map((group) => renderGroup(group, here)),
  ];
}

function renderGroup(group: NavGroup, here: Here) {
  return html`<div>
    ${group.label ? html`<p class="group-label" part="group-label">${renderGroupLabel(group, here)}</p>` : nothing}
    <ul class="links" aria-label=${group.label ?? nothing}>
      ${group.links.map(
        (link) =>
          html`<li>
            <a class="link" part="link" href=${link.href} aria-current=${ifDefined(here === link ? 'page' : undefined)}
              >${link.label}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

/** A group's heading: its label, a link when the group has its own page. */
function renderGroupLabel(group: NavGroup, here: Here) {
  if (!group.href) return group.label;
  return html`<a class="link" part="link" href=${group.href} aria-current=${ifDefined(here === group ? 'page' : undefined)}
    >${group.label}</a
  >`;
}

/** The chevron of a button that opens something (it turns when open). */
export function chevron() {
  return html`<svg viewBox="0 0 10 6" width="10" height="6" aria-hidden="true" focusable="false">
    <path d="M1 1l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.5" />
  </svg>`;
}
