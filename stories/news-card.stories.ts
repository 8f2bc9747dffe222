/// <reference types="vite/client" />
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../src/iom-news-card.js';
import { LAYOUTS, type NewsCardLayout } from '../src/news-card/news-card.model.js';
import { NewsCardHarness } from '../src/news-card/harness.js';

// Served as files: inlined as `data:` URLs, they would be dropped by the URL allow-list.
import photo from '../demo/data/news-card-sommet.svg?no-inline';
import harbour from '../demo/data/news-card-port.svg?no-inline';

const HEADLINE = 'L’OIM soutient l’exécution des mandats du Sommet des Amériques';
const EXCERPT =
  'L’OIM, l’organisme des Nations Unies chargé des migrations, s’est jointe à l’Organisation des Etats américains (OEA) et à neuf institutions internationales du Groupe de travail conjoint du Sommet (Joint Summit Working Group ou JSWG en anglais) en vue de soutenir la mise en œuvre et le suivi des mandats du Sommet des Amériques.';

/** The harness of the first card of a story, once it has rendered. */
const cardIn = (canvas: HTMLElement) => {
  const card = canvas.querySelector('iom-news-card');
  return card?.shadowRoot ? new NewsCardHarness(card) : undefined;
};

/** A play function: the first card shows `dateline` under a headline link to its article. */
const reads =
  (dateline: string): Story['play'] =>
  async ({ canvasElement }) => {
    await waitFor(() => expect(cardIn(canvasElement)?.dateline).toBe(dateline));
    await expect(cardIn(canvasElement)?.href).toBe('#sommet');
  };

/** The attributes of `<iom-news-card>`, and the excerpt for its slot; descriptions come from custom-elements.json. */
interface CardArgs {
  headline?: string;
  href?: string;
  date?: string;
  location?: string;
  image?: string;
  'image-alt'?: string;
  category?: string;
  'heading-level'?: number;
  layout?: NewsCardLayout;
  excerpt?: string;
}

/** Room each layout is made for: a grid column, a list row, two grid columns. */
const widths: Record<NewsCardLayout, string> = { vertical: '360px', horizontal: '760px', featured: '760px' };

const meta = {
  title: 'Components/News card',
  component: 'iom-news-card',
  tags: ['autodocs'],
  argTypes: {
    layout: {
      control: 'inline-radio',
      options: LAYOUTS,
      table: { defaultValue: { summary: 'vertical' } },
    },
    'heading-level': { control: { type: 'number', min: 2, max: 6, step: 1 }, table: { defaultValue: { summary: '3' } } },
    date: { control: 'text' },
    excerpt: { control: 'text', description: 'Slot content: the excerpt, here as one paragraph.' },
  },
  args: {
    headline: HEADLINE,
    href: '#sommet',
    date: '2018-09-05',
    location: 'Washington, D.C.',
    category: 'Communiqué de presse',
    image: photo,
    'image-alt': 'Illustration : le siège de l’Organisation des États américains à Washington',
    excerpt: EXCERPT,
  },
  render: (args) =>
    html`<div style="max-inline-size: ${widths[args.layout ?? 'vertical']}">
      <iom-news-card
        headline=${ifDefined(args.headline)}
        href=${ifDefined(args.href || undefined)}
        date=${ifDefined(args.date || undefined)}
        location=${ifDefined(args.location || undefined)}
        image=${ifDefined(args.image || undefined)}
        image-alt=${ifDefined(args['image-alt'])}
        category=${ifDefined(args.category || undefined)}
        heading-level=${ifDefined(args['heading-level'])}
        layout=${ifDefined(args.layout)}
        >${args.excerpt ? html`<p>${args.excerpt}</p>` : nothing}</iom-news-card
      >
    </div>`,
} satisfies Meta<CardArgs>;

export default meta;
type Story = StoryObj<CardArgs>;

/**
 * The default layout, for a grid column: image on top, then category, headline, dateline and excerpt.
 * The headline link is the only tab stop; a click anywhere on the card follows it, and text stays selectable.
 */
export const Vertical: Story = { play: reads('Washington, D.C. — September 5, 2018') };

/** Image at the inline start, 40 % wide: for lists. Below 480 px of its own width it stacks like `vertical`. */
export const Horizontal: Story = { args: { layout: 'horizontal' }, play: reads('Washington, D.C. — September 5, 2018') };

/**
 * Full-width image and a larger headline, made to span two grid columns; the page places it, e.g.
 * `iom-news-card[layout="featured"] { grid-column: span 2 }`.
 */
export const Featured: Story = { args: { layout: 'featured' }, play: reads('Washington, D.C. — September 5, 2018') };

/** No `image`: the branded placeholder fills the same box, so cards with and without images line up. */
export const WithoutImage: Story = {
  name: 'Without image',
  args: { image: undefined, 'image-alt': undefined },
  play: reads('Washington, D.C. — September 5, 2018'),
};

/** An image that fails to load is replaced by the same placeholder: never a broken-image icon. */
export const BrokenImage: Story = {
  name: 'Broken image',
  args: { image: 'data/no-such-image.jpg', 'image-alt': '' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(cardIn(canvasElement)?.image).toBeNull());
  },
};

/** Long headlines and unbroken words wrap inside the card, down to 280 px. */
export const LongHeadline: Story = {
  name: 'Long headline',
  args: {
    headline:
      'Anticonstitutionnellement : l’OIM, l’OEA et neuf institutions internationales signent à Washington un mémorandum d’accord pour exécuter les mandats du Sommet des Amériques',
    location: 'Saint-Louis-du-Sénégal',
  },
  render: (args) => html`<div style="inline-size: 280px">${meta.render(args)}</div>`,
};

/** Without `href` (or with an unsafe one, dropped with a warning) the card is plain content: no link, no tab stop. */
export const NotALink: Story = {
  name: 'Not a link',
  args: { href: undefined, category: 'Note', image: undefined },
};

/** A news grid: one featured card over two columns, then vertical cards, with and without images. */
export const Grid: Story = {
  tags: ['!autodocs'],
  render: () =>
    html`<div style="display: grid; gap: 24px; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr))">
      <iom-news-card
        style="grid-column: 1 / -1"
        layout="featured"
        headline=${HEADLINE}
        href="#sommet"
        date="2018-09-05"
        location="Washington, D.C."
        category="Communiqué de presse"
        image=${photo}
        image-alt=""
        ><p>${EXCERPT}</p></iom-news-card
      >
      <iom-news-card
        headline="L’OIM appuie l’accueil des migrants dans les ports de la région"
        href="#ports"
        date="2018-08-21T10:00:00-04:00"
        location="Panamá"
        category="Actualité"
        image=${harbour}
        image-alt=""
        ><p>Un court extrait de l’article.</p></iom-news-card
      >
      <iom-news-card
        headline="Journée internationale des migrants"
        href="#journee"
        date="2018-12-18"
        location="Genève"
        category="Événement"
        ><p>Sans image : le globe de l’OIM tient la place.</p></iom-news-card
      >
      <iom-news-card headline="Données et recherche : le rapport annuel" href="#rapport" date="2018-11-27" category="Publication"
        ><p>Avec <a href="#pdf">un lien vers le PDF</a> dans l’extrait, qui reste un lien à part.</p></iom-news-card
      >
    </div>`,
};

// One story per locale. They set the page language themselves (`globals`), so they stay off the
// docs page, where every example shares one `<html lang>`: use the toolbar there.

/** `<html lang="fr">`: « Washington, D.C. — 5 septembre 2018 ». */
export const French: Story = {
  tags: ['!autodocs'],
  globals: { locale: 'fr' },
  play: reads('Washington, D.C. — 5 septembre 2018'),
};

/** `<html lang="es">`. */
export const Spanish: Story = {
  tags: ['!autodocs'],
  globals: { locale: 'es' },
  play: reads('Washington, D.C. — 5 de septiembre de 2018'),
};

/** `<html lang="ar" dir="rtl">`: the date in Arabic, the image and the dateline from the right. */
export const Arabic: Story = {
  name: 'Arabic (RTL)',
  tags: ['!autodocs'],
  globals: { locale: 'ar' },
  args: { layout: 'horizontal' },
  play: reads('Washington, D.C. — 5 سبتمبر 2018'),
};
