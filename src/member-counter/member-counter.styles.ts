import { css } from 'lit';

export const styles = css`
  .figures {
    margin: 0;
    font-size: var(--iom-member-counter-text-size, 20px);
    line-height: 1.4;
    color: var(--_navy);
    overflow-wrap: anywhere;
  }

  .number {
    font-size: var(--iom-member-counter-number-size, 48px);
    font-weight: 700;
    line-height: 1.2;
    /* Whole pixels (58px at the default size), as WebKit rounds line heights: the same height in every
       engine, which iom-cloak.css reserves. Browsers without round() keep the line above. */
    line-height: round(1.2em, 1px);
    color: var(--iom-member-counter-number-color, var(--_primary));
    font-variant-numeric: tabular-nums;
  }

  /* While counting, the final figure, invisible, reserves the width: nothing moves. */
  .counting {
    display: inline-grid;
  }

  .counting > * {
    grid-area: 1 / 1;
    justify-self: end;
  }

  .final {
    visibility: hidden;
  }

  /* The counting figure is laid out from its end (the other direction): its start stays put, so
     counting is no layout shift. */
  .counting > :last-child {
    direction: rtl;
  }

  .counting > :last-child:dir(rtl) {
    direction: ltr;
  }
`;
