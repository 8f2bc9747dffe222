/// <reference types="vite/client" />
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../../src/index.js';
import { tokens } from '../../src/core/tokens.styles.js';
import { styles as megaNavStyles } from '../../src/mega-nav/mega-nav.styles.js';
import { styles as newsCardStyles } from '../../src/news-card/news-card.styles.js';
import { styles as pressContactStyles } from '../../src/press-contact/press-contact.styles.js';
import { styles as memberCounterStyles } from '../../src/member-counter/member-counter.styles.js';
import { documentedProperties } from './theming-reference.js';

// Served as a file: inlined as a `data:` URL, it would be dropped by the URL allow-list.
import photo from '../../demo/data/news-card-sommet.svg?no-inline';

/**
 * The theme of the example: custom properties on a wrapper class, and one `::part()` rule, in a
 * `<style>` element. No `style="…"` attribute anywhere: the same markup works under a strict CSP.
 */
const THEME_CSS = `.regional-theme {
  --iom-color-primary: #18375f;
  --iom-color-focus: #d22630;
  --iom-font-family: Georgia, 'Times New Roman', serif;
  --iom-radius: 12px;
  --iom-space: 24px;
  --iom-mega-nav-background: #e8f1fb;
  --iom-mega-nav-link-color: #0033a0;
  --iom-news-card-image-ratio: 4 / 3;
  --iom-press-contact-accent: #5cb8b2;
  --iom-member-counter-number-color: #d22630;
  --iom-member-counter-number-size: 40px;
}

.regional-theme iom-news-card::part(category) {
  text-transform: uppercase;
  letter-spacing: 0.06em;
}

/* The example's own layout: the card beside the counter and the contact. */
.regional-theme .columns {
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(280px, 1fr));
  gap: 24px;
  margin-block-start: 24px;
}
.regional-theme .stack {
  display: grid;
  gap: 24px;
  align-content: start;
}`;

/** The HTML of the example, as a page would write it (shown under the canvas). */
const MARKUP = `<style>
${THEME_CSS}
</style>

<div class="regional-theme">
  <iom-mega-nav collapse-below="600">
    <ul>
      <li>
        <a href="/en/who-we-are">Who We Are</a>
        <ul>
          <li><a href="/en/who-we-are/structure/director-general">Director General</a></li>
          <li><a href="/en/who-we-are/mission">Mission</a></li>
        </ul>
      </li>
      <li><a href="/en/data-research">Data and Research</a></li>
    </ul>
  </iom-mega-nav>
  <div class="columns">
    <iom-news-card
      headline="IOM supports the implementation of the Summit of the Americas mandates"
      href="/en/news/summit-americas"
      date="2018-09-05"
      location="Washington, D.C."
      category="Press release"
      image="/images/summit.jpg"
      image-alt=""
    >
      <p>
        IOM joined the Organization of American States and nine international institutions
        of the Joint Summit Working Group.
      </p>
    </iom-news-card>
    <div class="stack">
      <iom-member-counter></iom-member-counter>
      <iom-press-contact
        name="Liz Lizama"
        job-title="Media and Communications Officer"
        office="IOM Washington"
        phone="+1 202 716 8820"
        email="elizama@iom.int"
      ></iom-press-contact>
    </div>
  </div>
</div>`;

/** A `<style>` element holding `css`, created in script: no inline style attribute, no binding inside `<style>`. */
function styleElement(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  return style;
}

/** The `--iom-…` properties a stylesheet reads. */
const propertiesRead = (css: string) => [...css.matchAll(/var\(\s*(--iom-[a-z-]+)/g)].map((match) => match[1]!);

const meta = {
  title: 'Docs/Theming examples',
  tags: ['!autodocs'],
  parameters: { docs: { source: { code: MARKUP, language: 'html' } } },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/**
 * The four components themed from one wrapper class: a navy accent, red figures and focus rings, a
 * serif font, rounder corners, more space, a light blue navigation bar, 4:3 images and an
 * upper-case category through `::part(category)`.
 */
export const CustomTheme: Story = {
  name: 'Custom theme',
  render: () =>
    html`${styleElement(THEME_CSS)}
      <div class="regional-theme">
        <iom-mega-nav collapse-below="600">
          <ul>
            <li>
              <a href="#who-we-are">Who We Are</a>
              <ul>
                <li><a href="#director-general">Director General</a></li>
                <li><a href="#mission">Mission</a></li>
              </ul>
            </li>
            <li><a href="#data-research">Data and Research</a></li>
          </ul>
        </iom-mega-nav>
        <div class="columns">
          <iom-news-card
            headline="IOM supports the implementation of the Summit of the Americas mandates"
            href="#summit"
            date="2018-09-05"
            location="Washington, D.C."
            category="Press release"
            image=${photo}
            image-alt=""
          >
            <p>
              IOM joined the Organization of American States and nine international institutions of the Joint Summit Working
              Group.
            </p>
          </iom-news-card>
          <div class="stack">
            <iom-member-counter></iom-member-counter>
            <iom-press-contact
              name="Liz Lizama"
              job-title="Media and Communications Officer"
              office="IOM Washington"
              phone="+1 202 716 8820"
              email="elizama@iom.int"
            ></iom-press-contact>
          </div>
        </div>
      </div>`,
  play: async ({ canvasElement }) => {
    const theme = canvasElement.querySelector<HTMLElement>('.regional-theme')!;
    const part = (tag: string, name: string) =>
      theme.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? undefined;
    const computed = (element: Element | undefined, property: keyof CSSStyleDeclaration) =>
      element ? String(getComputedStyle(element)[property]) : undefined;

    // The theme reaches inside the shadow roots, from the wrapper's class alone.
    await waitFor(() => expect(computed(part('iom-member-counter', 'number'), 'color')).toBe('rgb(210, 38, 48)'));
    await expect(computed(part('iom-member-counter', 'number'), 'fontSize')).toBe('40px');
    await waitFor(() => expect(computed(part('iom-mega-nav', 'base'), 'backgroundColor')).toBe('rgb(232, 241, 251)'));
    await expect(computed(part('iom-news-card', 'category'), 'textTransform')).toBe('uppercase');
    await expect(computed(part('iom-news-card', 'card'), 'borderTopLeftRadius')).toBe('12px');
    await expect(computed(part('iom-press-contact', 'base'), 'borderInlineStartColor')).toBe('rgb(92, 184, 178)');
    await expect(computed(part('iom-press-contact', 'heading'), 'fontFamily')).toContain('Georgia');
    // Strict-CSP friendly: nothing in the example carries a style attribute.
    await expect(theme.querySelectorAll('[style]')).toHaveLength(0);

    // The Theming page lists every `--iom-…` property the components read, and nothing else.
    const read = new Set(
      [tokens, megaNavStyles, newsCardStyles, pressContactStyles, memberCounterStyles].flatMap((sheet) =>
        propertiesRead(sheet.cssText),
      ),
    );
    await expect([...read].sort()).toEqual([...new Set(documentedProperties)].sort());
  },
};
