import { validateSections } from './mega-nav.model.js';
import type { NavSection } from './mega-nav.model.js';
import { warn } from '../core/warn.js';

/*
 * The no-JavaScript navigation the page authors inside the element (DESIGN §7):
 *
 *   <ul>
 *     <li><a href="/who">Who we are</a>           ← label and the section's own link (or text / <span>)
 *       <p>Description</p>                         ← optional
 *       <ul>
 *         <li>Structure <ul><li><a href>…</a></li></ul></li>   ← a group: label, then its links
 *         <li><a href="/x">Plain link</a></li>               ← or links: one implicit group
 *       </ul>
 *     </li>
 *     <li><a href="/data">Data and research</a></li>          ← no list: a plain top-level link
 *   </ul>
 *
 * It is read into the same JSON shape as `src`, so one validator checks both.
 */

const children = (element: Element, tag: string) => [...element.children].filter((child) => child.localName === tag);

/** The label of an item: its first direct `<a>`, `<span>` or leading text. */
function labelOf(item: Element): { label?: string; href?: string | null } {
  const anchor = children(item, 'a')[0];
  if (anchor) return { label: anchor.textContent ?? '', href: anchor.getAttribute('href') };
  const span = children(item, 'span')[0];
  if (span) return { label: span.textContent ?? '' };
  const leading = [...item.childNodes]
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent)
    .join(' ');
  return { label: leading.replace(/\s+/g, ' ') };
}

function readItem(item: Element) {
  const { label, href } = labelOf(item);
  const list = children(item, 'ul')[0];
  const groups: unknown[] = [];
  const loose: unknown[] = [];
  for (const child of list ? children(list, 'li') : []) {
    const sublist = children(child, 'ul')[0];
    if (sublist) groups.push({ ...labelOf(child), links: children(sublist, 'li').map(labelOf) });
    else loose.push(labelOf(child));
  }
  if (loose.length) groups.unshift({ label: undefined, links: loose, implicit: true });
  return { id: item.id || undefined, label, href, description: children(item, 'p')[0]?.textContent ?? undefined, groups };
}

/**
 * Reads the element's first `<ul>` child. Returns `undefined` when there is none (warning if the
 * element has other content, which is then probably a malformed list).
 */
export function readLightDom(host: Element): NavSection[] | undefined {
  const list = children(host, 'ul')[0];
  if (!list) {
    const stray = [...host.children].find((child) => !child.hasAttribute('slot'));
    if (stray) warn('iom-mega-nav', 'light DOM', `<${stray.localName}>`, 'is not a <ul> list of links', 'ignored it');
    return undefined;
  }
  const sections = validateSections(children(list, 'li').map(readItem), 'light DOM <li>');
  if (typeof sections === 'string') warn('iom-mega-nav', 'light DOM', '<ul>', sections, 'ignored it');
  return typeof sections === 'string' ? undefined : sections;
}
