import type { Warn } from '../core/warn.js';
import { checkedSections, MAX_ENTRIES, type NavSection } from './mega-nav.model.js';

/*
 * The no-JavaScript navigation the page authors inside the element:
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

/** The first child of `element` named `tag`. */
function first(element: Element, tag: string): Element | undefined {
  for (const child of element.children) if (child.localName === tag) return child;
  return undefined;
}

/** The label of an item: its first direct `<a>` (and its href), `<span>` or text. */
function labelOf(item: Element) {
  const anchor = first(item, 'a');
  return {
    label:
      (anchor ?? first(item, 'span'))?.textContent ??
      [...item.childNodes].map((node) => (node.nodeType === Node.TEXT_NODE ? node.textContent : '')).join(' '),
    href: anchor?.getAttribute('href'),
  };
}

/**
 * Reads the element's first `<ul>` child. Returns `undefined` when there is none (warning if the
 * element has other content, which is then probably a malformed list).
 */
export function readLightDom(host: Element, warn: Warn): NavSection[] | undefined {
  // One item past the limit is read, so that the validator sees the list is longer and says so;
  // the rest of a list of 100,000 items is never visited.
  let itemsLeft = MAX_ENTRIES + 1;
  /** The `<li>` children of `list`, while the limit lasts. */
  const items = (list: Element | undefined) => {
    const found: Element[] = [];
    for (const child of list?.children ?? []) {
      if (itemsLeft === 0) break;
      if (child.localName === 'li') {
        itemsLeft--;
        found.push(child);
      }
    }
    return found;
  };
  const readItem = (item: Element) => {
    const groups: unknown[] = [];
    const links: unknown[] = [];
    for (const child of items(first(item, 'ul'))) {
      const sublist = first(child, 'ul');
      if (sublist) groups.push({ ...labelOf(child), links: items(sublist).map(labelOf) });
      else links.push(labelOf(child));
    }
    if (links.length) groups.unshift({ links, implicit: true });
    return { id: item.id, ...labelOf(item), description: first(item, 'p')?.textContent, groups };
  };
  const list = first(host, 'ul');
  if (list) return checkedSections(items(list).map(readItem), 'light DOM <li>', 'light DOM', warn, '<ul>');
  const stray = [...host.children].find((child) => !child.hasAttribute('slot'));
  if (stray) warn('light DOM', `<${stray.localName}>`, 'is not a <ul> list of links', 'ignored it');
  return undefined;
}
