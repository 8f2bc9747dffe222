import { css } from 'lit';

export const styles = css`
  :host {
    --_accent: var(--iom-press-contact-accent, var(--_primary));
    --_heading-size: var(--iom-press-contact-heading-size, 20px);
  }

  .base {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: var(--_space);
  }

  .heading {
    margin: 0 0 4px;
    font-size: var(--_heading-size);
    line-height: 1.3;
    font-weight: 700;
    color: var(--_navy);
  }

  address {
    font-style: normal;
    overflow-wrap: break-word;
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
  }

  .line,
  .actions {
    margin-block-start: 8px;
  }

  a {
    color: var(--_primary);
    text-underline-offset: 2px;
  }

  /* A long address may break anywhere rather than widen a narrow column. */
  [part~='email'] {
    overflow-wrap: anywhere;
  }

  /*
   * Digits in their written order on right-to-left pages too: Arabic-Indic digit groups would
   * otherwise be laid out right to left (a valid number holds no letters that could suffer).
   */
  #phone {
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
    line-height: 1.5;
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

  @media (forced-colors: active) {
    .base {
      border-inline-start-color: CanvasText;
    }

    button {
      border-color: ButtonText;
    }

    button:hover {
      border-color: Highlight;
    }
  }
`;
