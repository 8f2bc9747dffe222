import { checkedSections, TAG, type NavSection } from './mega-nav.model.js';
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

const children = (element: Element, tag: string) => [...element.children].filter((child) => child.localName == tag);
const first = (element: Element, tag: string): Element | undefined => children(element, tag)[0];

/** The label of an item: its first direct `<a>` (and its href), `<span>` or text. */
function labelOf(item: Element) {
  const anchor = first(item, 'a');
  return {
    label:
      (anchor ?? first(item, 'span'))?.textContent ??
      [...item.childNodes].map((node) => (node.nodeType == 3 ? node.textContent : '')).join(' '),
    href: anchor?.getAttribute('href'),
  };
}

function readItem(item: Element) {
  const groups: unknown[] = [];
  const links: unknown[] = [];
  const list = first(item, 'ul');
  for (const child of list ? children(list, 'li') : []) {
    const sublist = first(child, 'ul');
    if (sublist) groups.push({ ...labelOf(child), links: children(sublist, 'li').map(labelOf) });
    else links.push(labelOf(child));
  }
  if (links.length) groups.unshift({ links, implicit: true });
  return { id: item.id, ...labelOf(item), description: first(item, 'p')?.textContent, groups };
}

/**
 * Reads the element's first `<ul>` child. Returns `undefined` when there is none (warning if the
 * element has other content, which is then probably a malformed list).
 */
export function readLightDom(host: Element): NavSection[] | undefined {
  const list = first(host, 'ul');
  const stray = [...host.children].find((child) => !child.hasAttribute('slot'));
  if (list) return checkedSections(children(list, 'li').map(readItem), 'light DOM <li>', 'light DOM', '<ul>');
  if (stray) warn(TAG, 'light DOM', `<${stray.localName}>`, 'is not a <ul> list of links', 'ignored it');
  return undefined;
}
