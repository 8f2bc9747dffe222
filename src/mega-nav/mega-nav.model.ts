import { documentBase } from '../core/page.js';
import { ownFields } from '../core/attributes.js';
import { safeUrl } from '../core/safe-url.js';
import type { Warn } from '../core/warn.js';

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

type Entry = Record<string, unknown>;
/** A problem found while validating: `warn`'s arguments after the tag. */
type Problem = [subject: string, value: unknown, problem: string, consequence: string];

/** A non-empty string with its whitespace collapsed (light-DOM text comes with newlines). */
const text = (value: unknown) => (typeof value === 'string' && value.replace(/\s+/g, ' ').trim()) || undefined;
/** Not given: `undefined`, `null` or empty. */
const absent = (value: unknown) => value === undefined || value === null || value === '';
/** The longest href kept: 2,048 characters, the sitemap protocol's limit (a nav link is a page of the site). */
const MAX_URL = 2048;
/** The longest label shown: a menu entry is a few words. */
const MAX_LABEL = 200;
/**
 * The most entries (sections, groups and links, counted in order) a navigation shows: several times
 * the largest real site navigation (IOM's has about 150 links), and the work stays a few milliseconds.
 */
export const MAX_ENTRIES = 1000;
/** The most problems warned about one by one: past them, one line counts the rest. */
const MAX_WARNINGS = 20;

/**
 * Validates navigation data field by field: `{ "sections": [...] }` or a bare array of sections.
 * Each bad entry is skipped (or loses its bad field) with one `warn`; the rest is kept. Returns a
 * string when the whole value is unusable: not a list, or a list in which no section is valid (the
 * caller then warns once, naming where the data came from, and shows its fallback content).
 * Only own properties are data: every object is read through {@link ownFields}. Past
 * {@link MAX_ENTRIES} entries nothing more is read.
 */
export function validateSections(value: unknown, source: string, warn: Warn): NavSection[] | string {
  const list = Array.isArray(value) ? value : ownFields(value as Entry).sections;
  if (!Array.isArray(list)) return 'is not a list of sections';
  const problems: Problem[] = [];
  const bad = (...problem: Problem) => void problems.push(problem);
  let entriesLeft = MAX_ENTRIES;
  /** The first entry left out for the limit, if any. */
  let cut: string | undefined;
  /** The entries of `items` that `read` accepts; each one that is not an object is skipped with a warning. */
  const each = <T>(at: string, items: unknown, read: (entry: Entry, at: string, index: number) => T | void): T[] => {
    const kept: T[] = [];
    if (!Array.isArray(items)) return kept;
    for (let index = 0; index < items.length; index++) {
      if (entriesLeft === 0) {
        cut ??= `${at}[${index}]`;
        break;
      }
      entriesLeft--;
      // A hole of a sparse array is no entry, whatever `Array.prototype` holds at its index.
      const entry: unknown = Object.hasOwn(items, index) ? items[index] : undefined;
      const value =
        entry && typeof entry === 'object'
          ? read(ownFields(entry as Entry), `${at}[${index}]`, index)
          : bad(`${at}[${index}]`, entry, 'is not an object', 'skipped it');
      if (value !== undefined) kept.push(value);
    }
    return kept;
  };
  /** An href: kept when allowed, dropped with a warning when not; a missing one is `undefined`. */
  const url = (at: string, href: unknown) =>
    absent(href)
      ? undefined
      : (href as string).length > MAX_URL
        ? bad(`${at}.href`, href, `is longer than ${MAX_URL} characters`, 'dropped the link')
        : (safeUrl(href as string) ??
          bad(`${at}.href`, href, 'is not an http(s), mailto, tel or relative URL', 'dropped the link'));
  /** A label, cut at `MAX_LABEL` characters (between characters, not inside a surrogate pair) with a warning. */
  const labelText = (at: string, value: unknown) => {
    const label = text(value);
    if (!label || label.length <= MAX_LABEL) return label;
    bad(`${at}.label`, value, `is longer than ${MAX_LABEL} characters`, 'cut it');
    return `${label.slice(0, MAX_LABEL).replace(/[\ud800-\udbff]$/, '')}…`;
  };
  const ids = new Set<string>();
  const sections = each(source, list, (section, at, index): NavSection | void => {
    const label = labelText(at, section.label);
    if (!label) return bad(`${at}.label`, section.label, 'is missing', 'skipped the section');
    const groups = each(`${at}.groups`, section.groups, (group, at): NavGroup | void => {
      const links = each(`${at}.links`, group.links, (link, at): NavLink | void => {
        const label = labelText(at, link.label);
        if (!label) return bad(`${at}.label`, link.label, 'is missing', 'skipped the link');
        if (absent(link.href)) return bad(`${at}.href`, link.href, 'is missing', 'skipped the link');
        const href = url(at, link.href);
        if (href) return { label, href };
      });
      if (!links.length) return bad(`${at}.links`, group.links, 'has no valid link', 'skipped the group');
      const label = labelText(at, group.label);
      // A light-DOM list of plain links is one group with no label, by design.
      if (!label && !group.implicit) bad(`${at}.label`, group.label, 'is missing', 'showed its links without a heading');
      return { label, href: label && url(at, group.href), links };
    });
    const href = url(at, section.href);
    if (!groups.length && !href) return bad(at, label, 'has no link and no group', 'skipped the section');
    let id = text(section.id);
    if (id && ids.has(id)) id = void bad(`${at}.id`, id, 'is a duplicate', `used "section-${index}"`);
    if (id) ids.add(id);
    return { id, label, href, description: text(section.description), groups };
  });
  if (cut) bad(source, cut, `is past the first ${MAX_ENTRIES} entries (sections, groups and links)`, 'left it and the rest out');
  if (list.length && !sections.length) return `has no valid section (${problems[0]![0]} ${problems[0]![2]})`;
  for (const problem of problems.slice(0, MAX_WARNINGS)) warn(...problem);
  const unsaid = problems.length - MAX_WARNINGS;
  if (unsaid > 0) warn(source, unsaid, 'more problems like the ones above', 'skipped what they concern');
  return sections;
}

/**
 * The sections of `value` (`where` names them in warnings), or `undefined` with one warning
 * naming `subject` and `shown` when none is usable.
 */
export function checkedSections(value: unknown, where: string, subject: string, warn: Warn, shown: unknown = value) {
  const sections = validateSections(value, where, warn);
  if (typeof sections !== 'string') return sections;
  warn(subject, shown, sections, 'ignored it');
  return undefined;
}

/**
 * The key two URLs share when they are the same page: origin and path, ignoring trailing slashes,
 * `index.html`, the query and the hash. Linear in the URL's length, without a pattern such as
 * `/\/*$/`, which starts again at every slash of a long run that does not end the URL.
 */
function pageKey(href: string, base: string): string | undefined {
  let key: string;
  try {
    // `href` is much cheaper to read than `origin`.
    key = new URL(href, base).href;
  } catch {
    return undefined; // not a URL: no page
  }
  // In a serialized URL, the first `?` or `#` starts the query or the hash.
  const end = key.search(/[?#]/);
  return withoutSlashes(withoutSlashes(end < 0 ? key : key.slice(0, end)).replace(/\/index\.html?$/i, ''));
}

function withoutSlashes(path: string): string {
  let end = path.length;
  while (path[end - 1] === '/') end--;
  return path.slice(0, end);
}

/** Where the current page is in the navigation: its section and the matching link (a panel link, a group or the section). */
export interface CurrentPage {
  section: NavSection;
  link: NavLink | NavGroup | NavSection;
}

export function findCurrent(sections: NavSection[], page: string): CurrentPage | undefined {
  // No document when server-rendered: `current` is then matched against links on an arbitrary origin.
  const base = documentBase();
  const key = pageKey(page, base);
  const same = (item: { href?: string }) => key && item.href && pageKey(item.href, base) === key;
  for (const section of sections) {
    for (const group of section.groups) {
      const link = group.links.find(same) ?? (same(group) ? group : undefined);
      if (link) return { section, link };
    }
    if (same(section)) return { section, link: section };
  }
  return undefined;
}
