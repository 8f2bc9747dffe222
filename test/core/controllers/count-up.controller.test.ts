import { expect } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { CountUpController } from '../../../src/member-counter/count-up.controller.js';
import { setViewport } from '../../support/commands.js';
import { waitUntil } from '../../support/helpers.js';
import { frames } from '../../hardening/support.js';

/** A host that shows its progress, with the duration and `done` it is given. */
class CountUpHost extends LitElement {
  static override properties = { duration: { type: Number } };
  declare duration: number;
  /** Every progress rendered. */
  readonly seen: number[] = [];
  done = false;
  countUp!: CountUpController;

  constructor() {
    super();
    this.duration = 300;
  }

  override connectedCallback(): void {
    this.countUp ??= new CountUpController(this, { duration: () => this.duration, done: this.done });
    super.connectedCallback();
  }

  protected override render() {
    this.seen.push(this.countUp.progress);
    return html`<p>${this.countUp.progress}</p>`;
  }
}
customElements.define('test-count-up-host', CountUpHost);

describe('CountUpController', () => {
  let host: CountUpHost;
  let spacer: HTMLElement;
  const place = async (configure: (host: CountUpHost) => void = () => undefined, inView = true) => {
    host = document.createElement('test-count-up-host') as CountUpHost;
    Object.assign(host.style, { display: 'block', height: '50px' });
    configure(host);
    spacer = document.createElement('div');
    spacer.style.height = inView ? '0' : '2000px';
    document.body.append(spacer, host);
    await host.updateComplete;
  };
  before(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => {
    host.remove();
    spacer.remove();
  });

  it('stays at 0 out of view, then eases from 0 to 1 once in view, never backwards', async () => {
    await place(undefined, false);
    await frames(3);
    expect(host.countUp.progress).to.equal(0);
    host.scrollIntoView();
    await waitUntil(() => host.countUp.progress === 1, 'the count ends');
    expect(
      host.seen.some((progress) => progress > 0 && progress < 1),
      `intermediate: ${host.seen}`,
    ).to.equal(true);
    expect([...host.seen].sort((a, b) => a - b)).to.deep.equal(host.seen);
    window.scrollTo(0, 0);
  });

  it('is 1 from the first render with a duration of 0, or for server-rendered content', async () => {
    await place((host) => (host.duration = 0));
    expect(host.seen).to.deep.equal([1]);
    host.remove();
    spacer.remove();
    await place((host) => (host.done = true));
    expect(host.seen).to.deep.equal([1]);
  });

  it('ends at 1 when its host leaves the page while counting', async () => {
    await place((host) => (host.duration = 10_000));
    await waitUntil(() => host.countUp.progress > 0, 'the count starts');
    host.remove();
    expect(host.countUp.progress).to.equal(1);
  });
});
