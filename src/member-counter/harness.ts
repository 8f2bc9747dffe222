import { Harness, shadowParts, textOf } from '../core/harness.js';
import type { IomMemberCounter } from './member-counter.js';

/** `<iom-member-counter>` as a person reads it, and as a screen reader does. */
export class MemberCounterHarness extends Harness<IomMemberCounter> {
  /** The figures a sighted person sees: while counting, each number also holds its invisible final value. */
  get figures(): string[] {
    return shadowParts(this.element, '[part~="number"]').map((number) =>
      textOf(number.querySelector('.final') ? number.querySelector('span:not(.final)') : number),
    );
  }

  /** Whether the figures are still counting up. */
  get counting(): boolean {
    return this.root.querySelector('.counting') !== null;
  }

  /** What a screen reader gets: the text outside `aria-hidden` subtrees. */
  get spoken(): string {
    const walker = document.createTreeWalker(this.root, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest('[aria-hidden="true"]')) text += node.textContent;
    }
    return text.replace(/\s+/g, ' ').trim();
  }
}
