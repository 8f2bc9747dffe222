import { css } from 'lit';

export const styles = css`
  :host {
    --_ratio: var(--iom-news-card-image-ratio, 16 / 9);
    --_headline-size: var(--iom-news-card-headline-size, 20px);
  }

  /* Positioned for the focus ring, which is drawn outside the card's clipped corners. */
  .base {
    position: relative;
    block-size: 100%;
    container-type: inline-size;
  }

  /* Flex rather than grid: a grid sizes rows from the text's intrinsic sizes, costing more layout per card. */
  .card {
    display: flex;
    flex-direction: column;
    block-size: 100%;
    overflow: hidden;
    overflow-wrap: anywhere;
    background: var(--_surface);
    border: 1px solid color-mix(in srgb, var(--_navy) 20%, transparent);
    border-radius: var(--_radius);
  }

  .linked {
    cursor: pointer;
  }

  /* The box is sized by its ratio before the image loads; the branded placeholder (a globe) shows
     until then, and instead of a missing or broken image. */
  .media {
    position: relative;
    flex: none;
    aspect-ratio: var(--_ratio);
    color: rgb(255 255 255 / 0.45);
    background: linear-gradient(135deg, var(--_primary), var(--_navy));
  }

  .media::before,
  .media::after {
    content: '';
    position: absolute;
    inset: 0;
    block-size: 40%;
    aspect-ratio: 1;
    margin: auto;
    border: 2px solid;
    border-radius: 50%;
    background: linear-gradient(transparent calc(50% - 1px), currentColor 0 calc(50% + 1px), transparent 0);
  }

  .media::after {
    aspect-ratio: 1 / 2;
    background: none;
  }

  img {
    position: absolute;
    z-index: 1;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }

  .body {
    display: flex;
    flex: 1 1 0;
    flex-direction: column;
    gap: 8px;
    min-inline-size: 0;
    padding: var(--_space);
  }

  .headline {
    margin: 0;
    font-size: var(--_headline-size);
    font-weight: 700;
    line-height: 1.3;
    color: var(--_navy);
  }

  .category {
    order: -1;
    margin: 0;
    font-size: 14px;
    font-weight: 700;
    color: var(--_primary);
  }

  .dateline {
    margin: 0;
    font-size: 14px;
    color: var(--_grey);
  }

  /*
   * The excerpt is the page's content and keeps the page's fonts and colours, but its spacing is the
   * card's. !important because a page rule on the element itself (Bootstrap's 'p { margin-bottom: 1rem }',
   * a theme's '* { line-height: 3 }') beats a normal ::slotted() rule and would stretch the card.
   */
  ::slotted(*) {
    margin: 0 !important;
    line-height: inherit !important;
    letter-spacing: inherit !important;
    word-spacing: inherit !important;
  }

  .link {
    color: inherit;
    text-decoration: none;
    outline: none;
  }

  .linked:hover .link,
  .link:focus-visible {
    text-decoration: underline;
  }

  .link:focus-visible::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    pointer-events: none;
  }

  .featured .headline {
    font-size: calc(var(--_headline-size) * 1.25);
  }

  @container (min-width: 480px) {
    .horizontal .card {
      flex-direction: row;
    }

    .horizontal .media {
      flex-basis: 40%;
      align-self: flex-start;
    }
  }

  @container (min-width: 640px) {
    .featured .body {
      gap: 12px;
      padding: calc(var(--_space) * 1.5);
    }

    .featured .headline {
      font-size: calc(var(--_headline-size) * 1.6);
    }

    .featured slot {
      font-size: 18px;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    img {
      transition: transform 0.3s ease-out;
    }

    .linked:hover img {
      transform: scale(1.04);
    }
  }

  @media (forced-colors: active) {
    .media {
      border-block-end: 1px solid;
    }

    .link:focus-visible::after {
      outline-color: Highlight;
    }
  }
`;
