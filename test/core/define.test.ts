import { expect } from '@open-wc/testing';
import { define } from '../../src/core/define.js';
import { VERSION } from '../../src/core/version.js';
import { warningsDuring } from '../support/helpers.js';

/** A new element class with the standard tag `tag`, made by `version` of the library. */
const element = (tag: string, version?: string) =>
  class extends HTMLElement {
    static readonly tagName = tag;
    static readonly version = version;
  };

describe('define', () => {
  it('registers a class under its tagName', () => {
    const Element = element('iom-define-new', VERSION);
    define(Element);
    expect(customElements.get('iom-define-new')).to.equal(Element);
  });

  it('is silent when the same version defines the tag again', async () => {
    const First = element('iom-define-same', VERSION);
    define(First);
    const messages = await warningsDuring(() => {
      define(element('iom-define-same', VERSION));
      define(First);
    });
    expect(messages).to.deep.equal([]);
    expect(customElements.get('iom-define-same')).to.equal(First);
  });

  it('keeps the first registration and warns once, naming both versions, when another version comes', async () => {
    const Old = element('iom-define-other', '0.0.9');
    customElements.define(Old.tagName, Old);
    const messages = await warningsDuring(() => {
      expect(() => define(element('iom-define-other', VERSION))).not.to.throw();
      define(element('iom-define-other', VERSION));
    });
    expect(messages).to.deep.equal([
      `[iom-define-other] version: "${VERSION}" was not registered: version 0.0.9 already defines this tag; kept version 0.0.9`,
    ]);
    expect(customElements.get('iom-define-other')).to.equal(Old);
  });

  it('says "unknown" for a class registered by a copy that records no version', async () => {
    customElements.define('iom-define-unversioned', class extends HTMLElement {});
    const messages = await warningsDuring(() => define(element('iom-define-unversioned', VERSION)));
    expect(messages).to.have.length(1);
    expect(messages[0]).to.contain('version unknown already defines this tag');
  });

  it('does not throw when the registry refuses (one class under two tags)', async () => {
    const Element = element('iom-define-first', VERSION);
    define(Element);
    const Renamed = class extends Element {
      static override readonly tagName = 'iom-define-second';
    };
    customElements.define('iom-define-renamed', Renamed);
    const messages = await warningsDuring(() => {
      expect(() => define(Renamed)).not.to.throw();
    });
    expect(messages).to.have.length(1);
    expect(messages[0]).to.contain('[iom-define-second] registration');
    expect(customElements.get('iom-define-second')).to.equal(undefined);
  });

  it('does not throw on an invalid tag name', async () => {
    const messages = await warningsDuring(() => expect(() => define(element('NotValid', VERSION))).not.to.throw());
    expect(messages).to.have.length(1);
  });
});
