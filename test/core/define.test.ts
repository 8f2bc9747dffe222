import { expect } from '@open-wc/testing';
import { define } from '../../src/core/define.js';
import { VERSION } from '../../src/core/version.js';
import { warningsDuring } from '../support/helpers.js';

const element = (version?: string) =>
  class extends HTMLElement {
    static readonly version = version;
  };

describe('define', () => {
  it('registers a new tag', () => {
    const Element = element(VERSION);
    define('iom-define-new', Element);
    expect(customElements.get('iom-define-new')).to.equal(Element);
  });

  it('is silent when the same version defines the tag again', async () => {
    const First = element(VERSION);
    define('iom-define-same', First);
    const messages = await warningsDuring(() => {
      define('iom-define-same', element(VERSION));
      define('iom-define-same', First);
    });
    expect(messages).to.deep.equal([]);
    expect(customElements.get('iom-define-same')).to.equal(First);
  });

  it('keeps the first registration and warns once, naming both versions, when another version comes', async () => {
    const Old = element('0.0.9');
    customElements.define('iom-define-other', Old);
    const messages = await warningsDuring(() => {
      expect(() => define('iom-define-other', element(VERSION))).not.to.throw();
      define('iom-define-other', element(VERSION));
    });
    expect(messages).to.have.length(1);
    expect(messages[0]).to.contain('[iom-define-other]').and.contain('0.0.9').and.contain(VERSION);
    expect(customElements.get('iom-define-other')).to.equal(Old);
  });

  it('does not throw when the registry refuses (one class under two tags)', async () => {
    const Element = element(VERSION);
    define('iom-define-first', Element);
    const messages = await warningsDuring(() => {
      expect(() => define('iom-define-second', Element)).not.to.throw();
    });
    expect(messages).to.have.length(1);
    expect(messages[0]).to.contain('[iom-define-second] registration');
    expect(customElements.get('iom-define-second')).to.equal(undefined);
  });

  it('does not throw on an invalid tag name', async () => {
    const messages = await warningsDuring(() => expect(() => define('NotValid', element(VERSION))).not.to.throw());
    expect(messages).to.have.length(1);
  });
});
