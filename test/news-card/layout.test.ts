import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '../support/commands.js';
import '../../src/iom-news-card.js';
import type { IomNewsCard } from '../../src/iom-news-card.js';
import { html, setPageLanguage, shadowPart, waitUntil } from '../support/helpers.js';
import { article, cardAt, centre, EXCERPT, HEADLINE, SQUARE_IMAGE, WIDE_IMAGE } from './support.js';

const box = (element: Element | null) => element!.getBoundingClientRect();
const media = (el: IomNewsCard) => box(shadowPart(el, '[part="media"]'));
const image = (el: IomNewsCard) => shadowPart<HTMLImageElement>(el, 'img');

const withImage = (layout: string, src = WIDE_IMAGE) =>
  html`<iom-news-card layout=${layout} headline=${HEADLINE} href="#a" date="2018-09-05" image=${src} image-alt="Illustration"
    ><p>${EXCERPT}</p></iom-news-card
  >`;

describe('iom-news-card layout', () => {
  beforeEach(() => setPageLanguage('en'));
  afterEach(async () => {
    setPageLanguage('en');
    await resetMouse();
  });

  describe('image', () => {
    it('loads lazily, decodes asynchronously, and carries its text alternative', async () => {
      const el = await cardAt(400, withImage('vertical'));
      const img = image(el)!;
      expect(img.getAttribute('src')).to.equal(WIDE_IMAGE);
      expect(img.loading).to.equal('lazy');
      expect(img.decoding).to.equal('async');
      expect(img.alt).to.equal('Illustration');
    });

    it('reserves a 16:9 box before the image loads, which the image does not change (no layout shift)', async () => {
      // A square image that has not loaded yet: the box must not wait for it, nor follow its shape.
      const el = await cardAt(400, withImage('vertical', `${SQUARE_IMAGE}?${Math.random()}`));
      const img = image(el)!;
      expect(img.complete && img.naturalWidth > 0, 'not loaded yet').to.equal(false);
      const before = media(el);
      const headlineBefore = box(shadowPart(el, 'h3'));
      expect(before.width).to.be.closeTo(398, 0.5); // the card's 400 px minus its border
      expect(before.height).to.be.closeTo((before.width * 9) / 16, 0.5);
      await waitUntil(() => img.complete && img.naturalWidth > 0, 'image loaded');
      expect(media(el)).to.deep.equal(before);
      expect(box(img)).to.deep.include({ width: before.width, height: before.height });
      expect(box(shadowPart(el, 'h3'))).to.deep.equal(headlineBefore);
    });

    it('takes its ratio from --iom-news-card-image-ratio', async () => {
      const el = await cardAt(400, withImage('vertical'));
      el.style.setProperty('--iom-news-card-image-ratio', '4 / 3');
      expect(media(el).height).to.be.closeTo((media(el).width * 3) / 4, 0.5);
    });

    it('shows a branded placeholder of exactly the image box when there is no image', async () => {
      const withOne = await cardAt(400, withImage('vertical'));
      const without = await cardAt(400, html`<iom-news-card headline=${HEADLINE}><p>${EXCERPT}</p></iom-news-card>`);
      expect(image(without)).to.equal(null);
      expect(media(without)).to.deep.include({ width: media(withOne).width, height: media(withOne).height });
      const placeholder = getComputedStyle(shadowPart(without, '[part="media"]')!);
      expect(placeholder.backgroundImage).to.contain('linear-gradient(135deg, rgb(0, 51, 160), rgb(24, 55, 95))');
      expect(getComputedStyle(shadowPart(without, '[part="media"]')!, '::before').borderRadius).to.equal('50%');
    });

    it('replaces an image that fails to load with the placeholder, and tries a new image again', async () => {
      const el = await cardAt(400, withImage('vertical', '/test-api/missing.png'));
      const before = media(el);
      await waitUntil(() => image(el) === null, 'broken image removed');
      expect(media(el)).to.deep.equal(before);
      el.image = WIDE_IMAGE;
      await el.updateComplete;
      expect(image(el)?.getAttribute('src')).to.equal(WIDE_IMAGE);
      await waitUntil(() => image(el)!.complete && image(el)!.naturalWidth > 0, 'new image loaded');
      expect(image(el)).to.not.equal(null);
    });
  });

  describe('layouts', () => {
    it('vertical (default): image on top, full width', async () => {
      const el = await cardAt(600, article());
      el.image = WIDE_IMAGE;
      el.imageAlt = '';
      await el.updateComplete;
      expect(media(el).width).to.be.closeTo(598, 0.5);
      expect(media(el).bottom).to.be.at.most(box(shadowPart(el, '[part="category"]')).top);
    });

    it('horizontal: image at the inline start, 40 % wide, from 480 px of its own width', async () => {
      for (const width of [480, 700, 1200]) {
        const el = await cardAt(width, withImage('horizontal'));
        const card = box(shadowPart(el, '[part="card"]'));
        expect(media(el).width / (card.width - 2), `${width}px`).to.be.closeTo(0.4, 0.005);
        expect(media(el).left).to.be.closeTo(card.left + 1, 0.5);
        expect(box(shadowPart(el, 'h3')).left).to.be.above(media(el).right);
        expect(media(el).height).to.be.at.least((media(el).width * 9) / 16 - 0.5);
      }
    });

    it('horizontal: the image fills its side, as tall as the text beside it when that is taller', async () => {
      for (const paragraphs of [0, 1, 6]) {
        const el = await cardAt(
          600,
          html`<iom-news-card layout="horizontal" headline=${HEADLINE} href="#a" image=${WIDE_IMAGE} image-alt="Illustration"
            >${Array.from({ length: paragraphs }, () => html`<p>${EXCERPT}</p>`)}</iom-news-card
          >`,
        );
        const card = box(shadowPart(el, '[part="card"]'));
        expect(media(el).top, `${paragraphs} paragraphs`).to.be.closeTo(card.top + 1, 0.5);
        expect(media(el).bottom, `${paragraphs} paragraphs`).to.be.closeTo(card.bottom - 1, 0.5);
        expect(box(image(el)).bottom).to.be.closeTo(media(el).bottom, 0.5);
        expect(media(el).height).to.be.at.least((media(el).width * 9) / 16 - 0.5);
      }
    });

    it('horizontal: stacks below 480 px of its own width, whatever the viewport', async () => {
      const el = await cardAt(479, withImage('horizontal'));
      expect(media(el).width).to.be.closeTo(477, 0.5);
      expect(media(el).bottom).to.be.at.most(box(shadowPart(el, 'h3')).top);
    });

    it('horizontal: image at the right under right-to-left', async () => {
      setPageLanguage('ar');
      const el = await cardAt(700, withImage('horizontal'));
      const card = box(shadowPart(el, '[part="card"]'));
      expect(media(el).right).to.be.closeTo(card.right - 1, 0.5);
      expect(box(shadowPart(el, 'h3')).right).to.be.below(media(el).left);
    });

    it('featured: full-width image and a larger headline, larger still when wide', async () => {
      const size = (el: IomNewsCard) => parseFloat(getComputedStyle(shadowPart(el, 'h3')!).fontSize);
      const vertical = await cardAt(400, withImage('vertical'));
      const narrow = await cardAt(400, withImage('featured'));
      const wide = await cardAt(800, withImage('featured'));
      expect(size(vertical)).to.equal(20);
      expect(size(narrow)).to.equal(25);
      expect(size(wide)).to.equal(32);
      expect(media(wide).width).to.be.closeTo(798, 0.5);
      expect(media(wide).bottom).to.be.at.most(box(shadowPart(wide, 'h3')).top);
    });

    it('stretches to the height of its grid row, like its neighbours', async () => {
      const el = await cardAt(
        800,
        html`<div style="display: grid; grid-template-columns: 1fr 1fr">
          ${article()}
          <iom-news-card headline="Court"></iom-news-card>
        </div>`,
      );
      const short = el.parentElement!.querySelectorAll('iom-news-card')[1]!;
      const card = (c: IomNewsCard) => box(shadowPart(c, '[part="card"]'));
      expect(card(short).height).to.equal(card(el).height);
    });

    for (const layout of ['vertical', 'horizontal', 'featured']) {
      it(`${layout}: long unbroken words wrap inside 280 px`, async () => {
        const word = 'Anticonstitutionnellement'.repeat(6);
        const el = await cardAt(
          280,
          html`<iom-news-card
            layout=${layout}
            headline=${word}
            href="#long"
            category=${word}
            location=${word}
            date="2018-09-05"
            image=${WIDE_IMAGE}
            image-alt=""
            ><p>${word} https://www.iom.int/fr/news/${word}</p></iom-news-card
          >`,
        );
        const host = box(el);
        expect(host.width).to.equal(280);
        for (const element of [...el.shadowRoot!.querySelectorAll('[part]'), el.querySelector('p')!] as HTMLElement[]) {
          const name = element.getAttribute('part') ?? 'excerpt';
          expect(element.scrollWidth, `${name} does not overflow`).to.be.at.most(element.clientWidth || host.width);
          expect(box(element).right, `${name} inside the card`).to.be.at.most(host.right + 0.5);
        }
        expect(box(shadowPart(el, 'h3')).height, 'the headline wraps onto several lines').to.be.above(60);
      });
    }
  });

  // Reduced motion and forced colours: news-card.preferences.test.ts.
  describe('motion', () => {
    it('zooms the image gently on hover, when motion is welcome', async () => {
      expect(matchMedia('(prefers-reduced-motion: no-preference)').matches, 'this browser welcomes motion').to.equal(true);
      const el = await cardAt(400, withImage('vertical'));
      const img = image(el)!;
      expect(getComputedStyle(img).transitionDuration).to.equal('0.3s');
      await sendMouse({ type: 'move', position: centre(el) });
      expect(el.matches(':hover')).to.equal(true);
      await waitUntil(() => getComputedStyle(img).transform !== 'none', 'the image zooms');
    });
  });
});
