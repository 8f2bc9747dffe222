/*
 * Property-based tests of the navigation's data (issue 13): the section validator on any JSON, and
 * the light-DOM reader on random nested lists built in the DOM. Each one ends, never throws, and
 * gives only what the navigation can show: labelled sections, links that passed the allow-list,
 * unique ids, no empty group. A list written as the documented markup reads as the same JSON would.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { safeUrl } from '../../src/core/safe-url.js';
import { readLightDom } from '../../src/mega-nav/light-dom.js';
import { checkedSections, findCurrent, validateSections, type NavSection } from '../../src/mega-nav/mega-nav.model.js';
import { anyText, check, collapsed, text, urlish } from './arbitraries.js';
import { warn, type Warn } from '../../src/core/warn.js';

/** The navigation's warnings, as the element gives them. */
const navWarn: Warn = (...problem) => warn('iom-mega-nav', ...problem);

/** A label as the navigation shows it: a non-empty string, its whitespace collapsed. */
function expectLabel(label: unknown) {
  expect(label).to.be.a('string').and.not.equal('');
  expect(label).to.equal(collapsed(label as string));
}

/** An href that is missing, or that the allow-list keeps as it is. */
const expectHref = (href: string | undefined) => href === undefined || expect(safeUrl(href)).to.equal(href);

/** What the navigation can show, whatever it was given. */
function expectShowable(sections: NavSection[]) {
  const ids = sections.flatMap((section) => section.id ?? []);
  expect(new Set(ids).size, 'unique ids').to.equal(ids.length);
  ids.forEach(expectLabel);
  for (const section of sections) {
    expectLabel(section.label);
    expectHref(section.href);
    if (section.description !== undefined) expectLabel(section.description);
    if (!section.groups.length) expect(section.href, 'a section without groups is a link').to.be.a('string');
    for (const group of section.groups) {
      expect(group.links).to.have.length.above(0);
      if (group.label === undefined) expect(group.href, 'a group without a label has no link').to.equal(undefined);
      else expectLabel(group.label);
      expectHref(group.href);
      for (const link of group.links) {
        expectLabel(link.label);
        expect(link.href).to.be.a('string');
        expectHref(link.href);
      }
    }
  }
}

/** Any JSON value or a few other kinds, sometimes where a string is expected. */
const other = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(undefined, null, '', '  ', 0, true, [], {}));
const labelValue = fc.oneof({ weight: 4, arbitrary: anyText(300) }, other);
const hrefValue = fc.oneof({ weight: 4, arbitrary: urlish }, other);
const link = fc.record({ label: labelValue, href: hrefValue }, { requiredKeys: [] });
const listOf = <T>(item: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 5, arbitrary: fc.array(fc.oneof({ weight: 5, arbitrary: item }, other), { maxLength: 5 }) }, other);
const group = fc.record(
  { label: labelValue, href: hrefValue, links: listOf(link), implicit: fc.boolean() },
  { requiredKeys: [] },
);
const section = fc.record(
  {
    id: fc.oneof(fc.constantFrom('a', ' a ', 'b'), text(8), other),
    label: labelValue,
    href: hrefValue,
    description: labelValue,
    groups: listOf(group),
  },
  { requiredKeys: [] },
);
/** What a `src` or the `sections` property may hold: sections, `{ sections }`, or anything at all. */
const sectionsValue = fc.oneof(
  { weight: 4, arbitrary: listOf(section) },
  listOf(section).map((sections) => ({ sections })),
  fc.anything({ maxDepth: 3 }),
);

describe('section validator (property-based)', () => {
  it('never throws, and keeps only what the navigation can show', () =>
    check(
      fc.property(sectionsValue, (value) => {
        const sections = validateSections(value, 'sections', navWarn);
        if (typeof sections !== 'string') expectShowable(sections);
      }),
    ));

  it('keeps what it returned as it is when given it again', () =>
    check(
      fc.property(sectionsValue, (value) => {
        const sections = validateSections(value, 'sections', navWarn);
        if (typeof sections !== 'string') expect(validateSections(sections, 'sections', navWarn)).to.deep.equal(sections);
      }),
    ));
});

describe('current page (property-based)', () => {
  /** Hrefs that resolve: absolute URLs, paths, queries and hashes. */
  const resolvable = fc
    .oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.webPath(),
      fc.webPath().map((path) => `/${path}`),
    )
    .filter((href) => URL.canParse(href, document.baseURI));

  it('finds the section of a page that is one of its links, and never throws on any page', () =>
    check(
      fc.property(
        fc.array(fc.record({ label: text(10).map((label) => `${label}x`), href: resolvable }), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        anyText(2000),
        (given, pick, page) => {
          const sections = validateSections(
            [{ label: 'Section', groups: [{ label: 'Group', links: given }] }],
            'sections',
            navWarn,
          );
          if (typeof sections === 'string') return;
          const section = sections[0]!;
          const { links } = section.groups[0]!;
          expect(findCurrent(sections, links[pick % links.length]!.href)?.section).to.equal(section);
          const current = findCurrent(sections, page);
          if (current) expect([...links, section.groups[0], section]).to.include(current.link);
        },
      ),
    ));
});

/** A label as the markup writes it: a link (with or without an href), a `<span>` or text. */
const markupLabel = fc.oneof(
  fc.record({ kind: fc.constant('a' as const), text: anyText(300), href: fc.option(urlish, { nil: null }) }),
  fc.record({ kind: fc.constantFrom('span' as const, 'text' as const), text: anyText(300), href: fc.constant(undefined) }),
);
type MarkupLabel = typeof markupLabel extends fc.Arbitrary<infer T> ? T : never;
const markupSection = fc.record({
  id: fc.option(text(8), { nil: undefined }),
  label: markupLabel,
  description: fc.option(anyText(300), { nil: undefined }),
  // Plain links and groups (a label and its links), in any order; no list at all for a top-level link.
  entries: fc.option(
    fc.array(
      fc.oneof(
        markupLabel.map((link) => ({ link })),
        fc.record({ group: markupLabel, links: fc.array(markupLabel, { maxLength: 4 }) }),
      ),
      { maxLength: 5 },
    ),
    {
      nil: undefined,
    },
  ),
});
type MarkupSection = typeof markupSection extends fc.Arbitrary<infer T> ? T : never;

/** An `<li>` labelled as `label` says, and the JSON of that label. */
function item({ kind, text, href }: MarkupLabel): [HTMLLIElement, { label: string; href: string | null | undefined }] {
  const li = document.createElement('li');
  if (kind === 'text') li.append(text);
  else {
    const element = li.appendChild(document.createElement(kind));
    element.textContent = text;
    if (typeof href === 'string') element.setAttribute('href', href);
  }
  return [li, { label: text, href }];
}

/** The documented markup of `sections` inside a host, and the JSON it stands for (DESIGN §7, light-dom.ts). */
function markup(sections: MarkupSection[]): [HTMLElement, unknown[]] {
  const host = document.createElement('div');
  const list = host.appendChild(document.createElement('ul'));
  const json = sections.map(({ id, label, description, entries }) => {
    const [li, own] = item(label);
    if (id !== undefined) li.id = id;
    if (description !== undefined) li.appendChild(document.createElement('p')).textContent = description;
    const panel = entries && li.appendChild(document.createElement('ul'));
    const links: unknown[] = [];
    const groups: unknown[] = [];
    for (const entry of entries ?? []) {
      if ('link' in entry) {
        const [child, link] = item(entry.link);
        panel!.append(child);
        links.push(link);
      } else {
        const [child, heading] = item(entry.group);
        const sublist = child.appendChild(document.createElement('ul'));
        const links = entry.links.map(item);
        sublist.append(...links.map(([li]) => li));
        groups.push({ ...heading, links: links.map(([, link]) => link) });
        panel!.append(child);
      }
    }
    list.append(li);
    return { id: id ?? '', ...own, description, groups: links.length ? [{ links, implicit: true }, ...groups] : groups };
  });
  return [host, json];
}

/** Any tree of the elements a light-DOM list is made of, and others, with text and hrefs anywhere. */
type Node = string | { tag: string; href: string | undefined; slot: boolean; children: Node[] };
const { node } = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    anyText(100),
    fc.record({
      tag: fc.constantFrom('ul', 'li', 'a', 'span', 'p', 'ol', 'div', 'b', 'template'),
      href: fc.option(urlish, { nil: undefined }),
      slot: fc.boolean(),
      children: fc.array(tie('node'), { maxLength: 4 }),
    }),
  ),
}));
function build(node: Node): globalThis.Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const element = document.createElement(node.tag);
  if (node.href !== undefined) element.setAttribute('href', node.href);
  if (node.slot) element.setAttribute('slot', 'x');
  element.append(...node.children.map(build));
  return element;
}

describe('light-DOM reader (property-based)', () => {
  it('reads the documented markup as the same JSON would be read', () =>
    check(
      fc.property(fc.array(markupSection, { maxLength: 5 }), (sections) => {
        const [host, json] = markup(sections);
        expect(readLightDom(host, navWarn)).to.deep.equal(checkedSections(json, 'light DOM <li>', 'light DOM', navWarn, '<ul>'));
      }),
      200,
    ));

  it('never throws on any tree of elements, and reads only what the navigation can show', () =>
    check(
      fc.property(fc.array(node, { maxLength: 5 }), (children) => {
        const host = document.createElement('div');
        host.append(...children.map(build));
        const sections = readLightDom(host, navWarn);
        if (sections) expectShowable(sections);
      }),
      200,
    ));
});
