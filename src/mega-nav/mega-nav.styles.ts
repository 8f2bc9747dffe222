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
  [aria-current='page'] {
    text-decoration: underline;
    text-underline-offset: 3px;
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
    /* The current-section marker: a bar under the item, a shape and not a colour. */
    border-block-end: 3px solid transparent;
    background: none;
    font-weight: 600;
    cursor: pointer;
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
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
    gap: var(--_space) calc(2 * var(--_space));
    padding: calc(1.5 * var(--_space));
    background: var(--iom-mega-nav-panel-background, var(--_surface));
    border-block-start: 3px solid var(--_primary);
    box-shadow: 0 8px 24px #00000029;
  }

  .description {
    grid-column: 1 / -1;
    max-inline-size: 72ch;
    margin: 0;
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

  [aria-current='page'] {
    font-weight: 700;
    text-decoration-thickness: 2px;
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
    border-block-start: 1px solid #0000001f;
  }

  .narrow .section > :first-child {
    flex: auto;
  }

  .narrow .panel {
    position: static;
    flex-basis: 100%;
    grid-template-columns: 1fr;
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
    .current,
    .toggle[aria-expanded='true'] {
      border-block-end-color: Highlight;
    }
    .panel {
      border: 1px solid CanvasText;
    }
  }
`;
