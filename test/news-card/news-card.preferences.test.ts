/*
 * The card for a visitor whose system asks for reduced motion and forced colours (the browsers of
 * this file are started so).
 */
import { expect } from '@open-wc/testing';
import '../../src/iom-news-card.js';
import type { IomNewsCard } from '../../src/iom-news-card.js';
import { resetMouse, sendKeys, sendMouse } from '../support/commands.js';
import { itExceptIn } from '../support/engine.js';
import { fixture, html, shadowPart } from '../support/helpers.js';
import { cardAt, centre, EXCERPT, HEADLINE, WIDE_IMAGE } from './support.js';

/** The colour a CSS colour value (a system colour such as `Highlight`) computes to on this page. */
function computedColor(value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

describe('iom-news-card with reduced motion and forced colours', () => {
  afterEach(() => resetMouse());

  it('does not zoom the image on hover', async () => {
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'this browser asks for reduced motion').to.equal(true);
    const el = await cardAt(
      400,
      html`<iom-news-card headline=${HEADLINE} href="#a" image=${WIDE_IMAGE} image-alt="Illustration"
        ><p>${EXCERPT}</p></iom-news-card
      >`,
    );
    const img = shadowPart<HTMLImageElement>(el, 'img')!;
    await sendMouse({ type: 'move', position: centre(el) });
    expect(el.matches(':hover')).to.equal(true);
    expect(getComputedStyle(img).transitionDuration).to.equal('0s');
    expect(getComputedStyle(img).transform).to.equal('none');
  });

  itExceptIn(
    { webkit: 'WebKit has no forced-colours mode on any platform: (forced-colors: active) never matches' },
    'keeps the placeholder and the focus ring visible in forced-colours mode',
    async () => {
      expect(matchMedia('(forced-colors: active)').matches, 'this browser forces colours').to.equal(true);
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <button>before</button>
          <iom-news-card headline=${HEADLINE} href="#a"><p>${EXCERPT}</p></iom-news-card>
        </div>`,
      );
      const el = page.querySelector<IomNewsCard>('iom-news-card')!;
      await el.updateComplete;
      // Forced colours drop the placeholder's gradient: its box keeps an edge, the globe its lines,
      // both in the visitor's text colour.
      const text = computedColor('CanvasText');
      const media = getComputedStyle(shadowPart(el, '[part="media"]')!);
      expect([media.borderBlockEndStyle, media.borderBlockEndWidth, media.borderBlockEndColor]).to.deep.equal([
        'solid',
        '1px',
        text,
      ]);
      const globe = getComputedStyle(shadowPart(el, '[part="media"]')!, '::before');
      expect([globe.borderTopStyle, globe.borderTopColor]).to.deep.equal(['solid', text]);
      // The focus ring around the card, in the visitor's highlight colour.
      page.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      const link = shadowPart(el, 'a')!;
      expect(el.shadowRoot!.activeElement).to.equal(link);
      const ring = getComputedStyle(link, '::after');
      expect(ring.outlineStyle).to.equal('solid');
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
      expect(ring.outlineColor).to.equal(computedColor('Highlight'));
    },
  );
});
