/* The card for a visitor whose system asks for reduced motion (the browsers of this file are started so). */
import { expect } from '@open-wc/testing';
import '../../src/news-card.js';
import { resetMouse, sendMouse } from '../support/commands.js';
import { html } from '../support/helpers.js';
import { cardAt, centre, EXCERPT, HEADLINE, part, WIDE_IMAGE } from './support.js';

describe('iom-news-card with reduced motion', () => {
  afterEach(() => resetMouse());

  it('does not zoom the image on hover', async () => {
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'this browser asks for reduced motion').to.equal(true);
    const el = await cardAt(
      400,
      html`<iom-news-card headline=${HEADLINE} href="#a" image=${WIDE_IMAGE} image-alt="Illustration"
        ><p>${EXCERPT}</p></iom-news-card
      >`,
    );
    const img = part<HTMLImageElement>(el, 'img')!;
    await sendMouse({ type: 'move', position: centre(el) });
    expect(el.matches(':hover')).to.equal(true);
    expect(getComputedStyle(img).transitionDuration).to.equal('0s');
    expect(getComputedStyle(img).transform).to.equal('none');
  });
});
