import { expect } from '@open-wc/testing';
import { warn } from '../../src/core/warn.js';
import { warningsDuring } from '../support/helpers.js';

describe('warn', () => {
  it('prints one message in the library format', async () => {
    const messages = await warningsDuring(() =>
      warn('iom-member-counter', 'attribute "member-states"', 'abc', 'is not a non-negative number', 'kept 175'),
    );
    expect(messages).to.deep.equal([
      '[iom-member-counter] attribute "member-states": "abc" is not a non-negative number; kept 175',
    ]);
  });

  it('prints each distinct message once', async () => {
    const messages = await warningsDuring(() => {
      for (let i = 0; i < 3; i++) warn('iom-x', 'attribute "a"', 'once', 'is bad', 'ignored');
      warn('iom-x', 'attribute "a"', 'twice', 'is bad', 'ignored');
    });
    expect(messages).to.have.length(2);
  });

  it('quotes values as JSON and shortens very long ones', async () => {
    const messages = await warningsDuring(() => {
      warn('iom-x', 'property "sections"', { a: 1 }, 'is bad', 'ignored');
      warn('iom-x', 'attribute "long"', 'y'.repeat(500), 'is bad', 'ignored');
    });
    expect(messages[0]).to.equal('[iom-x] property "sections": {"a":1} is bad; ignored');
    expect(messages[1]!.length).to.be.below(260);
    expect(messages[1]).to.contain('…');
  });
});
