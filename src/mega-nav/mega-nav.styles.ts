import { css } from 'lit';

export const styles = css`
  .base {
    position: relative;
    background: var(--iom-mega-nav-background, var(--_surface));
    /* A label of one long word (a URL, a careless export) wraps instead of widening the page. */
    overflow-wrap: anywhere;
  }

  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px var(--_space);
    min-block-size: 56px;
  }

  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .sections,
  .section {
    display: flex;
  }

  /*
   * The item's marker, one bar under its link and button: the current section's in the primary
   * colour (a shape, not only a colour), an open panel's in light blue unless it is the current one.
   */
  .section {
    --_marker: transparent;
    border-block-end: 3px solid var(--_marker);
  }

  .section.open {
    --_marker: var(--_light-blue);
  }

  .section.current {
    --_marker: var(--_primary);
  }

  .sections {
    flex: auto;
  }

  a,
  button {
    font: inherit;
    color: var(--iom-mega-nav-link-color, var(--_navy));
    border-radius: var(--_radius);
    text-decoration: none;
  }

  a:hover,
  .link[aria-current='page'] {
    text-decoration: underline;
    text-underline-offset: 3px;
  }

  /* In a panel, the current page's link: bold and underlined (the bar marks top-level items). */
  .link[aria-current='page'] {
    font-weight: 700;
    text-decoration-thickness: 2px;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .section-link,
  .toggle,
  .menu-button {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    margin: 0;
    padding: 12px;
    border: 0;
    background: none;
    font-weight: 600;
    cursor: pointer;
  }

  /* Beside its section's link, the chevron alone: still a 24 px target (WCAG 2.2, 2.5.8). */
  .section-link + .toggle {
    padding-inline: 7px;
    min-inline-size: 24px;
  }

  .toggle[aria-expanded='true'] {
    color: var(--_primary);
  }

  svg {
    flex: none;
  }

  [aria-expanded='true'] > svg {
    rotate: 180deg;
  }

  .panel {
    position: absolute;
    inset-inline: 0;
    inset-block-start: 100%;
    z-index: var(--iom-mega-nav-z-index, 1000);
    padding: calc(1.5 * var(--_space));
    background: var(--iom-mega-nav-panel-background, var(--_surface));
    border-block-start: 3px solid var(--_primary);
    box-shadow: 0 8px 24px #00000029;
  }

  .description {
    max-inline-size: 72ch;
    margin: 0 0 var(--_space);
  }

  /* As many columns of groups as fit, sharing the width; a lone group flows its links into columns. */
  .groups {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(14rem, 100%), 1fr));
    gap: var(--_space) calc(2 * var(--_space));
  }

  .groups > :only-child .links {
    display: block;
    columns: 14rem;
    column-gap: calc(2 * var(--_space));
  }

  .groups > :only-child .links > li {
    break-inside: avoid;
  }

  .group-label {
    margin: 0 0 8px;
    font-weight: 700;
    color: var(--_navy);
  }

  .links {
    display: grid;
    gap: 4px;
  }

  .link {
    display: inline-block;
    padding-block: 4px;
  }

  .menu-button {
    display: none;
  }

  /* Narrow: a Menu button opens a push-down list of accordion sections. */
  .narrow .menu-button {
    display: inline-flex;
    margin-inline-start: auto;
  }

  .narrow .sections {
    flex-direction: column;
    flex-basis: 100%;
  }

  /* Narrow, the panel opens inside the item: its marker runs along the item's inline start. */
  .narrow .section {
    flex-wrap: wrap;
    border-block: 1px solid #0000001f;
    border-block-end-width: 0;
    border-inline-start: 3px solid var(--_marker);
  }

  .narrow .section > :first-child {
    flex: auto;
  }

  /* Every chevron at the far end of its row, the same distance from the edge, link or not. */
  .narrow .section > .toggle:first-child {
    justify-content: space-between;
  }

  .narrow .section-link + .toggle {
    padding-inline: 12px;
  }

  .narrow .panel {
    position: static;
    flex-basis: 100%;
    padding: 8px var(--_space) var(--_space);
    border-block-start: 0;
    box-shadow: none;
  }

  [hidden] {
    display: none;
  }

  @media (prefers-reduced-motion: no-preference) {
    .panel {
      animation: iom-mega-nav-open 0.16s ease-out;
    }
    svg {
      transition: rotate 0.16s ease-out;
    }
  }

  /* Movement only: a fade would make contrast checks (and readers) catch text half transparent. */
  @keyframes iom-mega-nav-open {
    from {
      translate: 0 -6px;
    }
  }

  @media (forced-colors: active) {
    .section.open,
    .section.current {
      --_marker: Highlight;
    }
    .panel {
      border: 1px solid CanvasText;
    }
  }
`;
