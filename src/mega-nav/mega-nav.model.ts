import { safeUrl } from '../core/safe-url.js';
import { warn } from '../core/warn.js';

export interface NavLink {
  label: string;
  href: string;
}

export interface NavGroup {
  /** Absent for the implicit group of a light-DOM list of plain links. */
  label?: string;
  href?: string;
  links: NavLink[];
}

export interface NavSection {
  /** Stable identifier, reported in `iom-nav-toggle`; `section-<index>` unless given. */
  id?: string;
  label: string;
  href?: string;
  description?: string;
  /** No groups: the section is a plain top-level link. */
  groups: NavGroup[];
}

const TAG = 'iom-mega-nav';
type Entry = Record<string, unknown>;
/** A problem found while validating: `warn`'s arguments after the tag. */
type Problem = [subject: string, value: unknown, problem: string, consequence: string];
type Report = (...problem: Problem) => void;

const isEntry = (value: unknown): value is Entry => typeof value === 'object' && value !== null;
/** A non-empty string with its whitespace collapsed (light-DOM text comes with newlines). */
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : undefined;

/** An optional href: kept when safe, dropped with one warning when not. */
function optionalHref(report: Report, where: string, value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const href = typeof value === 'string' ? safeUrl(value) : undefined;
  if (href === undefined)
    report(`${where}.href`, value, 'is not an allowed URL (http, https, mailto, tel or relative)', 'dropped the link');
  return href;
}

function validLink(report: Report, where: string, value: unknown): NavLink | undefined {
  if (!isEntry(value)) return void report(where, value, 'is not a link object', 'skipped it');
  const label = text(value.label);
  if (!label) return void report(`${where}.label`, value.label, 'is missing', 'skipped the link');
  if (value.href === undefined || value.href === null || value.href === '')
    return void report(`${where}.href`, value.href, 'is missing', `skipped the link "${label}"`);
  const href = optionalHref(report, where, value.href);
  return href === undefined ? undefined : { label, href };
}

function validGroup(report: Report, where: string, value: unknown): NavGroup | undefined {
  if (!isEntry(value)) return void report(where, value, 'is not a group object', 'skipped it');
  const links = Array.isArray(value.links)
    ? value.links.flatMap((link, i) => validLink(report, `${where}.links[${i}]`, link) ?? [])
    : [];
  if (links.length === 0) return void report(`${where}.links`, value.links, 'has no valid link', 'skipped the group');
  const label = text(value.label);
  // A light-DOM list of plain links is one group with no label, by design.
  if (!label && !value.implicit) report(`${where}.label`, value.label, 'is missing', 'showed its links without a heading');
  return { label, href: label ? optionalHref(report, where, value.href) : undefined, links };
}

/**
 * Validates navigation data field by field: `{ "sections": [...] }` or a bare array of sections.
 * Each bad entry is skipped (or loses its bad field) with one warning; the rest is kept. Returns a
 * string when the whole value is unusable: not a list, or a list in which no section is valid (the
 * caller then warns once, naming where the data came from, and shows its fallback content).
 */
export function validateSections(value: unknown, source: string): NavSection[] | string {
  const list = Array.isArray(value) ? value : isEntry(value) && Array.isArray(value.sections) ? value.sections : undefined;
  if (!list) return 'is not { "sections": [...] } or an array of sections';
  const problems: Problem[] = [];
  const report: Report = (...problem) => void problems.push(problem);
  const ids = new Set<string>();
  const sections = list.flatMap((entry, i): NavSection | [] => {
    const where = `${source}[${i}]`;
    if (!isEntry(entry)) return (report(where, entry, 'is not a section object', 'skipped it'), []);
    const label = text(entry.label);
    if (!label) return (report(`${where}.label`, entry.label, 'is missing', 'skipped the section'), []);
    const groups = Array.isArray(entry.groups)
      ? entry.groups.flatMap((group, g) => validGroup(report, `${where}.groups[${g}]`, group) ?? [])
      : [];
    const href = optionalHref(report, where, entry.href);
    if (groups.length === 0 && !href)
      return (report(where, label, 'has neither groups of links nor a link of its own', 'skipped the section'), []);
    let id = text(entry.id);
    if (id && ids.has(id)) {
      report(`${where}.id`, id, 'is a duplicate', `used "section-${i}"`);
      id = undefined;
    }
    if (id) ids.add(id);
    return { id, label, href, description: text(entry.description), groups };
  });
  if (list.length > 0 && sections.length === 0) {
    const [subject, , problem] = problems[0]!;
    return `has no valid section (${subject} ${problem})`;
  }
  for (const problem of problems) warn(TAG, ...problem);
  return sections;
}

/**
 * The key two URLs share when they are the same page: origin and path, ignoring a trailing slash,
 * `index.html`, the query and the hash.
 */
export function pageKey(href: string, base: string): string | undefined {
  try {
    const url = new URL(href, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'file:') return undefined;
    return url.origin + url.pathname.replace(/\/index\.html?$/i, '/').replace(/\/+$/, '');
  } catch {
    return undefined;
  }
}

/** Where the current page is in the navigation: its section and the matching link, if any. */
export interface CurrentPage {
  section: number;
  /** The matching link object (a panel link) or `section` when the section's own link matches. */
  link: NavLink | NavGroup | 'section';
}

export function findCurrent(sections: NavSection[], current: string, base: string): CurrentPage | undefined {
  const key = pageKey(current, base);
  if (key === undefined) return undefined;
  // A link to the same page contains the last segment of its path: only those are worth parsing.
  const segment = key
    .replace(/^[^/]*\/\/[^/]*/, '')
    .split('/')
    .pop()!;
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment); // `données` is written as such in hrefs, percent-encoded in the key
  } catch {
    /* keep the encoded form */
  }
  const same = (href: string | undefined) =>
    href !== undefined && (href.includes(segment) || href.includes(decoded)) && pageKey(href, base) === key;
  for (const [section, entry] of sections.entries()) {
    for (const group of entry.groups) {
      const link = group.links.find((candidate) => same(candidate.href));
      if (link) return { section, link };
      if (same(group.href)) return { section, link: group };
    }
    if (same(entry.href)) return { section, link: 'section' };
  }
  return undefined;
}
