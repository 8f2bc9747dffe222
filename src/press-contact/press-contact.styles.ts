import { css } from 'lit';

export const styles = css`
  .base {
    border-inline-start: 4px solid var(--iom-press-contact-accent, var(--_primary));
    padding-inline-start: var(--_space);
    /* A long word (an address, a number written as text) may break anywhere rather than widen a narrow column. */
    overflow-wrap: anywhere;
  }

  .heading {
    margin: 0 0 4px;
    font-size: var(--iom-press-contact-heading-size, 20px);
    line-height: 1.3;
    color: var(--_navy);
  }

  /*
   * Two columns, so that the copy buttons line up whatever the length of the value before them:
   * each linked line gives its link and button to the grid; every other line spans both columns.
   */
  address {
    display: grid;
    grid-template-columns: minmax(0, max-content) auto;
    justify-content: start;
    justify-items: start;
    align-items: center;
    column-gap: 12px;
    font-style: normal;
  }

  address > * {
    grid-column: 1 / -1;
  }

  .line.linked {
    display: contents;
  }

  .linked > * {
    margin-block-start: 8px;
  }

  p {
    margin: 0;
  }

  .name {
    font-weight: 700;
  }

  .job-title,
  .office {
    color: var(--_grey);
  }

  .line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 12px;
    margin-block-start: 8px;
  }

  a {
    color: var(--_primary);
    text-underline-offset: 2px;
  }

  /*
   * Digits in their written order on right-to-left pages too: digit groups would otherwise be laid
   * out right to left. A valid number or address holds no letter that could suffer. Only there:
   * forcing the direction makes the browser run the bidi algorithm on every link of every contact.
   */
  a:dir(rtl) {
    direction: ltr;
    unicode-bidi: isolate-override;
  }

  button {
    min-block-size: 32px;
    padding: 4px 12px;
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    font: inherit;
    font-size: 14px;
    cursor: pointer;
  }

  button:hover {
    background: var(--_primary);
    color: var(--_surface);
  }

  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  /*
   * The live region clips its text only when it has some: an empty one costs no clip and no
   * scroll container in each contact's first render.
   */
  [role='status']:empty {
    overflow: visible;
    clip-path: none;
  }

  @media (forced-colors: active) {
    button:hover {
      border-color: Highlight;
    }
  }
`;
