import { css } from 'lit';

export const styles = css`
  :host {
    --_bar-background: var(--iom-mega-nav-background, var(--_surface));
    --_panel-background: var(--iom-mega-nav-panel-background, var(--_surface));
    --_link-color: var(--iom-mega-nav-link-color, var(--_navy));
    position: relative;
  }

  .base {
    position: relative;
    background: var(--_bar-background);
  }

  .width-probe {
    position: absolute;
    inset-inline: 0;
    block-size: 0;
  }

  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px var(--_space);
    min-block-size: 56px;
  }

  .sections,
  .links {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .sections {
    display: flex;
    flex: 1 1 auto;
    align-items: stretch;
  }

  .section {
    display: flex;
    align-items: stretch;
  }

  a,
  button {
    font: inherit;
    color: var(--_link-color);
    border-radius: var(--_radius);
  }

  a {
    text-decoration: none;
  }

  a:hover,
  .link:hover {
    text-decoration: underline;
    text-underline-offset: 3px;
  }

  a:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .top,
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
    /* The current-section marker: a bar under the item, a shape and not a colour. */
    border-block-end: 3px solid transparent;
  }

  .section-link + .toggle {
    padding-inline: 4px 8px;
  }

  .current {
    border-block-end-color: var(--_primary);
  }

  .toggle[aria-expanded='true'] {
    color: var(--_primary);
    border-block-end-color: var(--_light-blue);
  }

  .chevron {
    inline-size: 10px;
    block-size: 6px;
    flex: none;
  }

  [aria-expanded='true'] > .chevron {
    transform: rotate(180deg);
  }

  .panel {
    position: absolute;
    inset-inline: 0;
    inset-block-start: 100%;
    z-index: var(--iom-mega-nav-z-index, 1000);
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
    gap: var(--_space) calc(2 * var(--_space));
    padding: calc(1.5 * var(--_space));
    background: var(--_panel-background);
    border-block-start: 3px solid var(--_primary);
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.16);
  }

  .panel[hidden],
  .sections[hidden] {
    display: none;
  }

  .description {
    grid-column: 1 / -1;
    max-inline-size: 72ch;
    margin: 0;
    color: var(--_text);
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
    overflow-wrap: anywhere;
  }

  [aria-current='page'] {
    font-weight: 700;
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 3px;
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

  .narrow .section {
    flex-wrap: wrap;
    border-block-start: 1px solid rgb(0 0 0 / 0.12);
  }

  .narrow .section > :first-child {
    flex: 1 1 auto;
  }

  .narrow .panel {
    position: static;
    flex-basis: 100%;
    grid-template-columns: 1fr;
    padding: 8px var(--_space) var(--_space);
    border-block-start: 0;
    box-shadow: none;
  }

  @media (prefers-reduced-motion: no-preference) {
    .panel:not([hidden]) {
      animation: iom-mega-nav-open 160ms ease-out;
    }
    .chevron {
      transition: transform 160ms ease-out;
    }
  }

  /* Movement only: a fade would make contrast checks (and readers) catch text half transparent. */
  @keyframes iom-mega-nav-open {
    from {
      transform: translateY(-6px);
    }
  }

  @media (forced-colors: active) {
    .current,
    .toggle[aria-expanded='true'] {
      border-block-end-color: Highlight;
    }
    .panel {
      border: 1px solid CanvasText;
    }
  }
`;
