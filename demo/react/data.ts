import type { NavSection } from '@iom/components';

/** The navigation as data, set as the `sections` property (no JSON file, no light DOM). */
export const sections: NavSection[] = [
  {
    id: 'who-we-are',
    label: 'Who We Are',
    href: '/en/who-we-are',
    description: 'IOM is part of the United Nations System and the leading intergovernmental organization on migration.',
    groups: [
      {
        label: 'Structure',
        href: '/en/who-we-are/structure',
        links: [
          { label: 'Organizational Structure', href: '/en/who-we-are/structure/organizational-structure' },
          { label: 'Director General', href: '/en/who-we-are/structure/director-general' },
        ],
      },
      {
        label: 'Governance',
        links: [{ label: 'Member States', href: '/en/who-we-are/member-states' }],
      },
    ],
  },
  {
    id: 'our-work',
    label: 'Our Work',
    groups: [
      {
        label: 'What We Do',
        links: [
          { label: 'Migration and Development', href: '/en/our-work/migration-and-development' },
          { label: 'Climate Action', href: '/en/our-work/climate-action' },
        ],
      },
    ],
  },
  {
    id: 'data-and-research',
    label: 'Data and Research',
    groups: [
      {
        label: 'Data',
        links: [
          { label: 'Global Migration Data Portal', href: 'https://www.migrationdataportal.org/' },
          { label: 'World Migration Report', href: 'https://worldmigrationreport.iom.int/' },
        ],
      },
    ],
  },
  { id: 'news', label: 'News', href: '/en/news', groups: [] },
];
