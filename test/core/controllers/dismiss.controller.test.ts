import { expect } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { DismissController, type DismissReason } from '../../../src/core/controllers/dismiss.controller.js';

/** A host with a button inside its shadow root and one in its light DOM; it records every dismissal. */
class DismissHost extends LitElement {
  readonly reasons: DismissReason[] = [];
  /** What its `dismiss` answers: whether it had something to close. */
  closes = true;

  constructor() {
    super();
    new DismissController(this, (reason) => {
      this.reasons.push(reason);
      return this.closes;
    });
  }

  protected override render() {
    return html`<button id="inside">Inside</button><button id="other">Other</button><slot></slot>`;
  }
}
customElements.define('test-dismiss-host', DismissHost);

describe('DismissController', () => {
  let host: DismissHost;
  let outside: HTMLButtonElement;
  const inside = (id: string) => host.shadowRoot!.getElementById(id) as HTMLButtonElement;
  const press = (target: Element) => target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
  const key = (target: Element, name: string) => {
    const event = new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true });
    target.dispatchEvent(event);
    return event;
  };

  beforeEach(async () => {
    host = document.createElement('test-dismiss-host') as DismissHost;
    host.append(Object.assign(document.createElement('button'), { textContent: 'Slotted' }));
    outside = Object.assign(document.createElement('button'), { textContent: 'Outside' });
    document.body.append(host, outside);
    await host.updateComplete;
  });
  afterEach(() => {
    host.remove();
    outside.remove();
  });

  it('dismisses on a press outside its host, not on one inside it or its light DOM', () => {
    press(inside('inside'));
    press(host.querySelector('button')!);
    expect(host.reasons).to.deep.equal([]);
    press(outside);
    expect(host.reasons).to.deep.equal(['outside']);
  });

  it('dismisses when focus leaves its host, not when it moves inside it or goes nowhere', () => {
    inside('inside').focus();
    inside('other').focus();
    host.querySelector('button')!.focus();
    inside('inside').focus();
    expect(host.reasons, 'moves inside').to.deep.equal([]);
    inside('inside').blur();
    expect(host.reasons, 'focus went nowhere').to.deep.equal([]);
    inside('inside').focus();
    outside.focus();
    expect(host.reasons).to.deep.equal(['outside']);
  });

  it('dismisses on Escape inside its host, and keeps Escape from the page only if something closed', () => {
    expect(key(inside('inside'), 'Escape').defaultPrevented).to.equal(true);
    host.closes = false;
    expect(key(inside('inside'), 'Escape').defaultPrevented).to.equal(false);
    key(inside('inside'), 'Enter');
    key(outside, 'Escape');
    expect(host.reasons).to.deep.equal(['escape', 'escape']);
  });

  it('listens no more once its host leaves the page', () => {
    host.remove();
    press(outside);
    key(host, 'Escape');
    expect(host.reasons).to.deep.equal([]);
  });
});
