import type { NavSection } from '../../src/mega-nav.js';
import type { IomMegaNav } from '../../src/mega-nav.js';
import { fixture, html } from '../support/helpers.js';

/** Three sections with panels (the first with its own link) and one plain link. */
export const sections: NavSection[] = [
  {
    id: 'who',
    label: 'Who we are',
    href: '/en/who-we-are',
    description: 'IOM is part of the United Nations system.',
    groups: [
      {
        label: 'Structure',
        href: '/en/who-we-are/structure',
        links: [
          { label: 'Organizational structure', href: '/en/who-we-are/structure/organization' },
          { label: 'Director General', href: '/en/who-we-are/structure/director-general' },
        ],
      },
    ],
  },
  {
    label: 'Our work',
    groups: [
      { label: 'What we do', links: [{ label: 'Migration and development', href: '/en/our-work/development' }] },
      { label: 'Partnerships', links: [{ label: 'Member States', href: '/en/our-work/member-states' }] },
    ],
  },
  {
    label: 'Take action',
    groups: [{ label: 'Work with us', links: [{ label: 'Careers', href: '/en/take-action/careers' }] }],
  },
  { label: 'Data and research', href: '/en/data-research', groups: [] },
];

export const shadow = (nav: IomMegaNav) => nav.shadowRoot!;
export const toggles = (nav: IomMegaNav) => [...shadow(nav).querySelectorAll<HTMLButtonElement>('button.toggle')];
export const panels = (nav: IomMegaNav) => [...shadow(nav).querySelectorAll<HTMLElement>('.panel')];
export const openPanels = (nav: IomMegaNav) => panels(nav).filter((panel) => !panel.hidden);
export const focused = (nav: IomMegaNav) => shadow(nav).activeElement as HTMLElement | null;
/** The visible text of the focused element, or of its accessible name for icon buttons. */
export const focusedName = (nav: IomMegaNav) => (focused(nav)?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const topLabels = (nav: IomMegaNav) =>
  [...shadow(nav).querySelectorAll('[data-top]')].map((item) => (item.textContent ?? '').replace(/\s+/g, ' ').trim());

/** The fixture sections in a container `width` px wide, on the page "Structure", after two frames. */
export async function navAt(width: number): Promise<IomMegaNav> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <iom-mega-nav .sections=${sections} current="/en/who-we-are/structure"></iom-mega-nav>
    </div>`,
  );
  wrapper.style.width = `${width}px`;
  wrapper.style.minHeight = '600px';
  const element = wrapper.querySelector('iom-mega-nav')!;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return element;
}
