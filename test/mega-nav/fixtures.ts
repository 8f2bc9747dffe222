import type { NavSection } from '../../src/iom-mega-nav.js';
import type { IomMegaNav } from '../../src/iom-mega-nav.js';
import { MegaNavHarness } from '../../src/mega-nav/harness.js';
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

/** The harness of `nav`: what a person sees of it and does with it. */
export const navHarness = (nav: IomMegaNav) => new MegaNavHarness(nav);

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
