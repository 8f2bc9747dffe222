import { Harness, shadowPart, textOf } from '../core/harness.js';
import type { IomCopyDetail } from '../events/copy.js';
import type { IomPressContact } from './press-contact.js';

type Field = IomCopyDetail['field'];

/** `<iom-press-contact>` as a person uses it: its lines, its links, its copy buttons, what it announces. */
export class PressContactHarness extends Harness<IomPressContact> {
  /** The heading, then each line of the address, as a sighted person reads them. */
  get lines(): string[] {
    return [textOf(shadowPart(this.element, '[part~="heading"]')), ...[...this.root.querySelectorAll('address p')].map(textOf)];
  }

  /** The phone or email link's address, `null` where the value is shown as text. */
  href(field: Field): string | null {
    return this.root.querySelector(`a[part~="${field}"]`)?.getAttribute('href') ?? null;
  }

  /** What the polite live region says, exactly (French keeps its no-break spaces). */
  get status(): string {
    return this.root.querySelector('[role="status"]')?.textContent?.trim() ?? '';
  }

  /** Uses the copy button of `field`, and resolves with what the element reported. */
  async copy(field: Field): Promise<IomCopyDetail> {
    const copied = new Promise<IomCopyDetail>((resolve) =>
      this.element.addEventListener('iom-copy', (event) => resolve(event.detail), { once: true }),
    );
    this.root.querySelector<HTMLButtonElement>(`button#copy-${field}`)!.click();
    return copied;
  }
}
