import { css } from 'lit';

/**
 * The IOM design tokens. Each public `--iom-…` property is read once here into a private `--_…`
 * one with its default, so a page can theme the components from `:root` without our defaults
 * winning. Sizes are in px: many host pages set `html { font-size: 62.5% }`.
 *
 * Typography is set on the inner `.base` wrapper, not on `:host`: a hostile page rule such as
 * `* { line-height: 3 }` matches the host element but cannot reach inside the shadow root.
 */
export const tokens = css`
  :host {
    --_primary: var(--iom-color-primary, #0033a0);
    --_navy: var(--iom-color-navy, #18375f);
    --_light-blue: var(--iom-color-light-blue, #418fde);
    --_grey: var(--iom-color-grey, #666666);
    --_text: var(--iom-color-text, #1a1a1a);
    --_surface: var(--iom-color-surface, #ffffff);
    --_focus: var(--iom-color-focus, #418fde);
    /* system-ui: the platform's own font (San Francisco, Segoe UI, Roboto…), with its Arabic fallbacks. */
    --_font: var(--iom-font-family, 'Open Sans', system-ui, sans-serif);
    --_font-size: var(--iom-font-size, 16px);
    --_radius: var(--iom-radius, 4px);
    --_space: var(--iom-space, 16px);
    display: block;
    box-sizing: border-box;
  }

  :host([hidden]) {
    display: none;
  }

  .base {
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    color: var(--_text);
  }

  .base *,
  .base *::before,
  .base *::after {
    box-sizing: inherit;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
