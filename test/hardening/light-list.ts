import { make } from './support.js';

/** A light-DOM navigation list of one plain link: `<ul><li><a href>label</a></li></ul>`. */
export function oneLinkList(label: string, href: string): HTMLUListElement {
  const list = make('ul');
  list.append(make('li'));
  list.firstElementChild!.append(make('a', { href }, label));
  return list;
}
