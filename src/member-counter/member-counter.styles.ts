import { css } from 'lit';

export const styles = css`
  :host {
    --_number-size: var(--iom-member-counter-number-size, 48px);
    --_number-color: var(--iom-member-counter-number-color, var(--_primary));
    --_text-size: var(--iom-member-counter-text-size, 20px);
  }

  .figures {
    margin: 0;
    font-size: var(--_text-size);
    line-height: 1.4;
    color: var(--_navy);
    overflow-wrap: anywhere;
  }

  .number {
    font-size: var(--_number-size);
    font-weight: 700;
    line-height: 1.2;
    color: var(--_number-color);
    font-variant-numeric: tabular-nums;
    vertical-align: baseline;
  }

  /* The final figure, invisible, reserves the width so nothing moves while counting. */
  .counting {
    display: inline-grid;
  }

  .counting > span {
    grid-area: 1 / 1;
    justify-self: end;
  }

  /*
   * The counting digits are laid out from the end they are aligned to (the other direction), so
   * that the box and its text start at the same point whatever the number of digits: counting is
   * no layout shift.
   */
  .counting > span:not(.final):dir(ltr) {
    direction: rtl;
  }

  .counting > span:not(.final):dir(rtl) {
    direction: ltr;
  }

  .final {
    visibility: hidden;
  }

  @media (forced-colors: active) {
    .number {
      color: CanvasText;
    }
  }
`;
