import { expect } from '@open-wc/testing';
import { REMEMBERED, SHOWN, warn } from '../../src/core/warn.js';
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

  it('quotes values as JSON', async () => {
    const messages = await warningsDuring(() => {
      warn('iom-x', 'property "sections"', { a: 1 }, 'is bad', 'ignored');
      warn('iom-x', 'attribute "quote"', 'say "hi"\n', 'is bad', 'ignored');
    });
    expect(messages).to.deep.equal([
      '[iom-x] property "sections": {"a":1} is bad; ignored',
      '[iom-x] attribute "quote": "say \\"hi\\"\\n" is bad; ignored',
    ]);
  });

  it('writes numbers as they are, NaN and Infinity included (JSON would write null)', async () => {
    const messages = await warningsDuring(() => {
      for (const value of [NaN, Infinity, -1.5]) warn('iom-x', 'property "n"', value, 'is bad', 'ignored');
    });
    expect(messages).to.deep.equal([
      '[iom-x] property "n": NaN is bad; ignored',
      '[iom-x] property "n": Infinity is bad; ignored',
      '[iom-x] property "n": -1.5 is bad; ignored',
    ]);
  });

  it(`shows the first ${SHOWN} characters of a long string, and how long it was`, async () => {
    const messages = await warningsDuring(() => warn('iom-x', 'attribute "long"', 'y'.repeat(1_000_000), 'is bad', 'ignored'));
    expect(messages).to.deep.equal([`[iom-x] attribute "long": "${'y'.repeat(200)}"… (1000000 characters) is bad; ignored`]);
  });

  it('cuts a large object to the same length: a megabyte of JSON is not a megabyte-long line', async () => {
    const sections = [{ label: 'z'.repeat(1_000_000), groups: [] }];
    const json = JSON.stringify(sections);
    const messages = await warningsDuring(() => warn('iom-x', 'property "sections"', sections, 'is bad', 'ignored'));
    expect(messages).to.deep.equal([
      `[iom-x] property "sections": ${json.slice(0, 200)}… (${json.length} characters) is bad; ignored`,
    ]);
  });

  it('cuts the other parts of a message too (a server can put anything into a problem)', async () => {
    const problem = `answered ${JSON.stringify(`text/html; ${'q'.repeat(100_000)}`)}, not JSON`;
    const messages = await warningsDuring(() => warn('iom-x', 'src', '/data.json', problem, 'kept'));
    expect(messages).to.deep.equal([`[iom-x] src: "/data.json" ${problem.slice(0, 200)}… (100032 characters); kept`]);
  });

  it('never cuts between the two halves of a surrogate pair', async () => {
    const value = `${'a'.repeat(199)}${'😀'.repeat(10)}`;
    const messages = await warningsDuring(() => warn('iom-x', 'attribute "emoji"', value, 'is bad', 'ignored'));
    expect(messages).to.deep.equal([`[iom-x] attribute "emoji": "${'a'.repeat(199)}"… (219 characters) is bad; ignored`]);
  });

  it('shows any value without throwing: cycles, getters and toString that throw, BigInt, symbols, deep nesting', async () => {
    const cycle = Object.create(null) as Record<string, unknown>;
    cycle.self = cycle;
    const hostile = {
      get field(): never {
        throw new Error('getter');
      },
      toString(): never {
        throw new Error('toString');
      },
    };
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    let deep: unknown[] = [];
    for (let i = 0; i < 1_000_000; i++) deep = [deep];
    const values = [cycle, hostile, proxy, 10n, Symbol('s'), undefined, deep];
    const messages = await warningsDuring(() => {
      for (const [index, value] of values.entries()) warn('iom-x', `value ${index}`, value, 'is bad', 'ignored');
    });
    expect(messages.slice(0, 6)).to.deep.equal([
      '[iom-x] value 0: (object) is bad; ignored',
      '[iom-x] value 1: (object) is bad; ignored',
      '[iom-x] value 2: (object) is bad; ignored',
      '[iom-x] value 3: 10 is bad; ignored',
      '[iom-x] value 4: Symbol(s) is bad; ignored',
      '[iom-x] value 5: undefined is bad; ignored',
    ]);
    // Too deep for JSON: some engines still write it with `String` (a million commas, cut), others cannot.
    expect(messages[6]).to.match(/^\[iom-x\] value 6: .* is bad; ignored$/);
    expect(messages[6]!.length).to.be.below(300);
  });

  it(`remembers at most ${REMEMBERED} messages, forgetting the least recently seen first`, async () => {
    const message = (name: string) => warn('iom-x', 'attribute "memory"', name, 'is bad', 'ignored');
    const messages = await warningsDuring(() => {
      message('old');
      message('seen again');
      for (let i = 1; i <= REMEMBERED - 2; i++) message(`filler ${i}`);
      message('seen again'); // not printed, and now the most recently seen
      message(`filler ${REMEMBERED - 1}`);
      message(`filler ${REMEMBERED}`); // the oldest is forgotten: "old"
      message('seen again');
      message('old');
    });
    expect(messages).to.have.length(REMEMBERED + 3);
    expect(messages.slice(-2)).to.deep.equal([
      `[iom-x] attribute "memory": "filler ${REMEMBERED}" is bad; ignored`,
      '[iom-x] attribute "memory": "old" is bad; ignored',
    ]);
  });
});
