import { css } from 'lit';

export const styles = css`
  /* Positioned for the focus ring, which is drawn outside the card's clipped corners. */
  .base {
    position: relative;
    block-size: 100%;
  }

  /* Only these layouts follow their own width: a size container costs style and layout. */
  .horizontal,
  .featured {
    container-type: inline-size;
  }

  .linked {
    cursor: pointer;
  }

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

  /* Sized by its ratio before the image loads; the branded placeholder shows until then, with a
     globe instead of a missing or broken image. */
  .media {
    position: relative;
    flex: none;
    aspect-ratio: var(--iom-news-card-image-ratio, 16 / 9);
    color: #ffffff73;
    background: linear-gradient(135deg, var(--_primary), var(--_navy));
  }

  .no-image .media::before,
  .no-image .media::after {
    content: '';
    position: absolute;
    inset: 0;
    block-size: 40%;
    aspect-ratio: 1;
    margin: auto;
    border: 2px solid;
    border-radius: 50%;
    background: linear-gradient(#0000 calc(50% - 1px), currentColor 0 calc(50% + 1px), #0000 0);
  }

  .no-image .media::after {
    aspect-ratio: 1 / 2;
    background: none;
  }

  img {
    position: absolute;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }

  .body {
    display: flex;
    flex: 1;
    flex-direction: column;
    gap: 8px;
    min-inline-size: 0;
    padding: var(--_space);
  }

  .headline {
    margin: 0;
    font-size: var(--iom-news-card-headline-size, 20px);
    line-height: 1.3;
    color: var(--_navy);
  }

  p {
    margin: 0;
    font-size: 14px;
    color: var(--_grey);
  }

  .category {
    order: -1;
    font-weight: 700;
    color: var(--_primary);
  }

  /*
   * The excerpt keeps the page's fonts and colours, but its spacing is the card's. !important
   * because a page rule on the element itself (Bootstrap's 'p { margin-bottom: 1rem }', a theme's
   * '* { line-height: 3 }') beats a normal ::slotted() rule and would stretch the card.
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
    font-size: calc(var(--iom-news-card-headline-size, 20px) * 1.25);
  }

  @container (min-width: 480px) {
    .horizontal .card {
      flex-direction: row;
    }

    /*
     * As tall as the text beside it, and at least its ratio's height (40 % of the card's inner
     * width through the ratio): no strip under the image. Not aspect-ratio with stretch, which
     * WebKit lets widen the image past its 40 % once the card has been wide.
     */
    .horizontal .media {
      flex-basis: 40%;
      aspect-ratio: auto;
      min-block-size: calc((100cqi - 2px) * 0.4 / (var(--iom-news-card-image-ratio, 16 / 9)));
    }
  }

  @container (min-width: 640px) {
    .featured .body {
      gap: 12px;
      padding: calc(var(--_space) * 1.5);
    }

    .featured .headline {
      font-size: calc(var(--iom-news-card-headline-size, 20px) * 1.6);
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
