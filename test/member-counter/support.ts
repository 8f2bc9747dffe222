import type { IomMemberCounter } from '../../src/member-counter.js';

/** What a screen reader gets: the accessible text outside aria-hidden subtrees. */
export function spokenText(el: IomMemberCounter): string {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('[aria-hidden="true"]')) text += node.textContent;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** The figures a sighted user sees: while counting, each number also holds its invisible final value. */
export const figuresShown = (el: IomMemberCounter) =>
  [...el.shadowRoot!.querySelectorAll('[part="number"]')].map(
    (number) => (number.querySelector('.final') ? number.querySelector('span:not(.final)') : number)!.textContent,
  );
