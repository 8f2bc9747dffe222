/**
 * The render benchmark's scenarios, one entry per component. This file is read twice: by Node
 * (bench/render.mjs, for the paths, tags and counts) and by the browser (bundled into the bench
 * page, for `setup`), so it must stay plain JavaScript with no imports.
 *
 * Adding a component = adding one entry:
 * - `module`: our element's defining module, from source (the scenario is skipped while it is missing);
 * - `baseline`: a minimal plain-Lit element showing the same content (skipped while missing);
 * - `tag` / `baselineTag`: the tags those modules define;
 * - `count`: how many elements one run creates;
 * - `setup(el, i)`: gives the i-th element its attributes, properties and light-DOM content. It
 *   runs on ours and on the baseline alike, so both receive exactly the same input;
 * - `check(text, which)` (optional, run in Node): a problem with what an element shows, or nothing;
 * - `disclosure` (optional): also time a click on the first section button until its panel is painted.
 */

const NEWS = {
  headline: 'L’OIM soutient l’exécution des mandats du Sommet des Amériques',
  excerpt:
    'Washington, D.C. – L’Organisation internationale pour les migrations (OIM) a participé à la réunion du Groupe ' +
    'de révision de la mise en œuvre des Sommets (GRIC) afin de soutenir l’exécution des mandats du Sommet des Amériques.',
};

/** `sections` × `groups` × `links` navigation data, the shape of DESIGN.md §3.1. */
export function navSections(sections = 5, groups = 3, links = 10) {
  return Array.from({ length: sections }, (_, s) => ({
    label: `Section ${s + 1}`,
    groups: Array.from({ length: groups }, (_, g) => ({
      label: `Group ${s + 1}.${g + 1}`,
      links: Array.from({ length: links }, (_, l) => ({
        label: `Link ${s + 1}.${g + 1}.${l + 1}`,
        href: `/section-${s + 1}/group-${g + 1}/link-${l + 1}`,
      })),
    })),
  }));
}

let sharedSections;

export const scenarios = [
  {
    id: 'member-counter',
    label: 'member counters',
    module: 'src/iom-member-counter.ts',
    baseline: 'bench/baselines/member-counter.ts',
    tag: 'iom-member-counter',
    baselineTag: 'baseline-member-counter',
    count: 20,
    setup(el) {
      el.setAttribute('duration', '0');
    },
    // Ours counts up only once half visible: all 20 must fit in the viewport to end at their figures.
    check: (text) => (/(^|\s)0(\s|$)/.test(text) ? `shows a 0, the count-up did not finish: "${text}"` : undefined),
  },
  {
    id: 'news-card',
    label: 'news cards',
    module: 'src/iom-news-card.ts',
    baseline: 'bench/baselines/news-card.ts',
    tag: 'iom-news-card',
    baselineTag: 'baseline-news-card',
    count: 200,
    setup(el, i) {
      el.setAttribute('headline', NEWS.headline);
      el.setAttribute('href', `/fr/news/article-${i}`);
      el.setAttribute('date', '2018-09-05');
      el.setAttribute('location', 'Washington, D.C.');
      el.setAttribute('category', 'Communiqué de presse');
      // Served by the bench server next to the page; every card shares it, so it is fetched once.
      el.setAttribute('image', 'card.svg');
      el.setAttribute('image-alt', 'Délégués réunis à Washington');
      el.textContent = NEWS.excerpt;
    },
  },
  {
    id: 'press-contact',
    label: 'press contacts',
    module: 'src/iom-press-contact.ts',
    baseline: 'bench/baselines/press-contact.ts',
    tag: 'iom-press-contact',
    baselineTag: 'baseline-press-contact',
    count: 50,
    setup(el) {
      el.setAttribute('name', 'Liz Lizama');
      el.setAttribute('job-title', 'Chargée de communication');
      el.setAttribute('office', 'OIM Washington');
      el.setAttribute('phone', '+1 202 716 8820');
      el.setAttribute('email', 'elizama@iom.int');
    },
  },
  {
    id: 'mega-nav',
    label: 'mega nav, 5 sections × 3 groups × 10 links',
    module: 'src/iom-mega-nav.ts',
    baseline: 'bench/baselines/mega-nav.ts',
    tag: 'iom-mega-nav',
    baselineTag: 'baseline-mega-nav',
    count: 1,
    setup(el) {
      // The same data object for ours and the baseline: only rendering is compared, not building it.
      sharedSections ??= navSections(5, 3, 10);
      el.sections = sharedSections;
    },
    disclosure: true,
  },
];
