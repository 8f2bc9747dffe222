import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { NavSection, NavToggleDetail } from '../src/iom-mega-nav.js';
import { textOf } from '../src/core/harness.js';
import { MegaNavHarness } from '../src/mega-nav/harness.js';

/** The harness of the first navigation of a story, once it is in the canvas. */
const navIn = (canvas: HTMLElement) => {
  const nav = canvas.querySelector('iom-mega-nav');
  return nav?.shadowRoot ? new MegaNavHarness(nav) : undefined;
};
const navRoot = (canvas: HTMLElement) => navIn(canvas)?.root;

/** The shadow-DOM element matching `selector`, once the navigation has rendered it. */
const find = async <T extends Element>(canvas: HTMLElement, selector: string): Promise<T> => {
  let found: T | null | undefined;
  await waitFor(() => {
    found = navRoot(canvas)?.querySelector<T>(selector);
    expect(found, selector).toBeTruthy();
  });
  return found!;
};

/**
 * Once `element` is fully shown: an opening panel fades in (unless the reader asks for reduced
 * motion), and a half-transparent panel fails the contrast check.
 */
const settled = async (element: Element) => {
  await Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished));
};

/**
 * A play function: the story shows the landmark `name` and these top-level items, in order (the
 * names of the section links and section buttons, as a screen reader lists them), with its
 * translation and its data loaded.
 */
const reads =
  (name: string, items: string[]): Story['play'] =>
  async ({ canvasElement }) => {
    await waitFor(() => {
      const harness = navIn(canvasElement);
      expect(harness?.label).toBe(name);
      expect(harness?.items).toEqual(items);
    });
  };

/** The attributes of `<iom-mega-nav>`, and its `sections` property; descriptions come from custom-elements.json. */
interface NavArgs {
  src?: string;
  label?: string;
  current?: string;
  'collapse-below'?: number;
  sections?: NavSection[];
}

/** The element with the story's attributes and property; `content` goes inside it (slots, light DOM). */
const nav = (args: NavArgs, content: unknown = nothing) =>
  html`<iom-mega-nav
    src=${ifDefined(args.src || undefined)}
    label=${ifDefined(args.label || undefined)}
    current=${ifDefined(args.current || undefined)}
    collapse-below=${ifDefined(args['collapse-below'])}
    .sections=${args.sections}
    >${content}</iom-mega-nav
  >`;

const meta = {
  title: 'Components/Mega nav',
  component: 'iom-mega-nav',
  tags: ['autodocs'],
  argTypes: {
    src: { control: 'text' },
    label: { control: 'text', table: { defaultValue: { summary: '"Main", localized' } } },
    current: { control: 'text', table: { defaultValue: { summary: 'the page’s own address' } } },
    'collapse-below': { control: { type: 'number', min: 0, step: 10 }, table: { defaultValue: { summary: '960' } } },
    sections: { control: 'object' },
  },
  args: { src: 'data/nav.{lang}.json' },
  // Open panels hang below the bar, over the page: the canvas keeps room for them, so that they
  // are seen (and checked for accessibility) inside it.
  decorators: [
    (story) =>
      html`<style>
          .nav-canvas {
            min-block-size: 480px;
          }
        </style>
        <div class="nav-canvas">${story()}</div>`,
  ],
  render: (args) => nav(args),
} satisfies Meta<NavArgs>;

export default meta;
type Story = StoryObj<NavArgs>;

/**
 * The IOM navigation from JSON, `src="data/nav.{lang}.json"`: `{lang}` becomes the page's
 * language, so each locale of the toolbar loads its own file (served by Storybook from
 * `stories/data/`). "Who We Are" and "Our Work" have a link of their own beside their button;
 * "Take Action" is a button only; "Data and Research" and "2030 Agenda" have no groups, so they
 * are plain links.
 */
export const Default: Story = {
  play: reads('Main', [
    'Who We Are',
    'Who We Are submenu',
    'Our Work',
    'Our Work submenu',
    'Take Action',
    'Data and Research',
    '2030 Agenda',
  ]),
};

const inline: NavSection[] = [
  {
    id: 'news',
    label: 'News',
    href: '/en/news',
    description: 'Press releases and stories from IOM offices around the world.',
    groups: [
      {
        label: 'Media centre',
        links: [
          { label: 'Press releases', href: '/en/news/press-releases' },
          { label: 'Stories', href: '/en/news/stories' },
        ],
      },
    ],
  },
  { id: 'contact', label: 'Contact', href: '/en/contact', groups: [] },
];

/**
 * The `sections` property, set from JavaScript (`.sections=${…}` in Lit): it wins over `src` and
 * the light DOM. The same shape as the JSON file's `sections`.
 */
export const FromProperty: Story = {
  name: 'From property',
  args: { src: undefined, sections: inline },
  play: reads('Main', ['News', 'News submenu', 'Contact']),
};

/**
 * No JavaScript needed: the navigation as nested lists inside the element. A top-level item's
 * label is its first link (then the section's own link) or its leading text or `<span>`; a `<p>`
 * is the description; a nested list holds groups (a label and a list of links) or plain links
 * (one group without a heading). Search engines index it, and the element reads it once defined.
 */
export const LightDom: Story = {
  name: 'Light DOM',
  args: { src: undefined },
  render: (args) =>
    nav(
      args,
      html`<ul>
        <li>
          <a href="/en/who-we-are">Who We Are</a>
          <p>IOM is part of the United Nations System, with 175 Member States and a presence in 171 countries.</p>
          <ul>
            <li>
              <a href="/en/who-we-are/structure">Structure</a>
              <ul>
                <li><a href="/en/who-we-are/structure/director-general">Director General</a></li>
                <li><a href="/en/who-we-are/structure/office-of-the-chief-of-staff">Office of the Chief of Staff</a></li>
              </ul>
            </li>
          </ul>
        </li>
        <li>
          <span>Take Action</span>
          <ul>
            <li><a href="/en/take-action/work-with-us">Work With Us</a></li>
            <li><a href="/en/take-action/get-involved">Get Involved</a></li>
          </ul>
        </li>
        <li><a href="/en/data-and-research">Data and Research</a></li>
      </ul>`,
    ),
  play: reads('Main', ['Who We Are', 'Who We Are submenu', 'Take Action', 'Data and Research']),
};

/**
 * The first section's panel, open: its description, then its groups of links. Enter, Space or a
 * click toggle it; Escape, a click outside or focus leaving the navigation close it. Only one
 * panel is open at a time.
 */
export const PanelOpen: Story = {
  name: 'Panel open',
  play: async ({ canvasElement }) => {
    const toggles: NavToggleDetail[] = [];
    canvasElement.addEventListener('iom-nav-toggle', (event) => toggles.push(event.detail));
    const button = await find<HTMLButtonElement>(canvasElement, 'button.toggle');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('aria-expanded', 'true'));
    const panel = navRoot(canvasElement)!.getElementById(button.getAttribute('aria-controls')!)!;
    await settled(panel);
    await expect(panel).toBeVisible();
    await expect(textOf(panel.querySelector('.group-label'))).toBe('Structure');
    await expect(toggles).toEqual([{ index: 0, id: 'who-we-are', label: 'Who We Are', open: true }]);
  },
};

/**
 * `current` names the current page (by default the page's own address). Its link gets
 * `aria-current="page"`, its section's own link `aria-current="true"`, and the section a visible
 * bar plus "current section" for screen readers. French data, whose addresses match.
 */
export const CurrentPage: Story = {
  name: 'Current page',
  args: { src: 'data/nav.fr.json', current: '/fr/qui-sommes-nous/structure/directrice-generale' },
  play: async ({ canvasElement }) => {
    const link = await find<HTMLAnchorElement>(canvasElement, 'a.link[aria-current="page"]');
    await expect(textOf(link)).toBe('Directrice générale');
    await expect(navRoot(canvasElement)!.querySelector('a.section-link')).toHaveAttribute('aria-current', 'true');
    // Open its panel, to show the current link.
    const button = navRoot(canvasElement)!.querySelector<HTMLButtonElement>('#toggle-0')!;
    await userEvent.click(button);
    await settled(navRoot(canvasElement)!.querySelector('#panel-0')!);
    await expect(link).toBeVisible();
  },
};

/**
 * In a container narrower than `collapse-below` (960 px by default; its own width, not the
 * window's), the navigation collapses into a "Menu" button opening a push-down list of accordion
 * sections. Escape closes it and returns focus to the button.
 */
export const Narrow: Story = {
  render: (args) =>
    html`<style>
        .narrow-container {
          inline-size: 400px;
        }
      </style>
      <div class="narrow-container">${nav(args)}</div>`,
  play: async ({ canvasElement }) => {
    const menu = await find<HTMLButtonElement>(canvasElement, '.menu-button');
    await waitFor(() => expect(menu).toBeVisible());
    await expect(textOf(menu)).toBe('Menu');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(menu);
    await waitFor(() => expect(menu).toHaveAttribute('aria-expanded', 'true'));
    await expect(navRoot(canvasElement)!.querySelector('.sections')).toBeVisible();
  },
};

/**
 * The `logo` slot, at the start of the bar, and the `actions` slot, at its end (a search box, a
 * language switcher…). Slotted content belongs to the page, and the page's CSS styles it.
 */
export const WithSlots: Story = {
  name: 'With logo and actions slots',
  render: (args) =>
    html`<style>
        .nav-logo {
          padding: 8px 12px;
          border-radius: 4px;
          font-weight: 700;
          color: #fff;
          background: #0033a0;
          text-decoration: none;
        }
        .nav-search {
          display: flex;
          gap: 4px;
          align-items: center;
        }
      </style>
      ${nav(
        args,
        html`<a slot="logo" class="nav-logo" href="/en">IOM · UN Migration</a>
          <form slot="actions" class="nav-search" role="search" action="/en/search">
            <label for="nav-search-query">Search</label>
            <input id="nav-search-query" name="q" type="search" />
            <button type="submit">Go</button>
          </form>`,
      )}`,
  play: async ({ canvasElement }) => {
    const assigned = (name: string) =>
      navRoot(canvasElement)
        ?.querySelector<HTMLSlotElement>(`slot[name="${name}"]`)
        ?.assignedElements()
        .map((element) => element.className);
    await waitFor(() => expect(assigned('logo')).toEqual(['nav-logo']));
    await expect(assigned('actions')).toEqual(['nav-search']);
    await expect(canvasElement.querySelector('input')).toHaveAccessibleName('Search');
  },
};

// One story per locale. They set the page language themselves (`globals`), so they stay off the
// docs page, where every example shares one `<html lang>`: use the toolbar there.

/** `<html lang="fr">`: `data/nav.fr.json`, and the element's own strings in French. */
export const French: Story = {
  tags: ['!autodocs'],
  globals: { locale: 'fr' },
  play: reads('Principale', [
    'Qui sommes-nous',
    'Sous-menu Qui sommes-nous',
    'Notre travail',
    'Sous-menu Notre travail',
    'Agir',
    'Données et recherche',
    'Agenda 2030',
  ]),
};

/** `<html lang="es">`: `data/nav.es.json`. */
export const Spanish: Story = {
  tags: ['!autodocs'],
  globals: { locale: 'es' },
  play: reads('Principal', [
    'Quiénes somos',
    'Submenú Quiénes somos',
    'Nuestro trabajo',
    'Submenú Nuestro trabajo',
    'Actúe',
    'Datos e investigación',
    'Agenda 2030',
  ]),
};

/**
 * `<html lang="ar" dir="rtl">`: `data/nav.ar.json`, laid out right to left; Left and Right arrows
 * swap. The first panel is open, to show it mirrored.
 */
export const Arabic: Story = {
  name: 'Arabic (RTL)',
  tags: ['!autodocs'],
  globals: { locale: 'ar' },
  play: async (context) => {
    await reads('الرئيسية', [
      'من نحن',
      'القائمة الفرعية من نحن',
      'عملنا',
      'القائمة الفرعية عملنا',
      'شارك',
      'البيانات والبحوث',
      'خطة عام 2030',
    ])!(context);
    const button = await find<HTMLButtonElement>(context.canvasElement, '#toggle-0');
    await userEvent.click(button);
    const panel = navRoot(context.canvasElement)!.querySelector('#panel-0')!;
    await settled(panel);
    await expect(panel).toBeVisible();
  },
};
