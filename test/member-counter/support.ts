import { MemberCounterHarness } from '../../src/member-counter/harness.js';
import type { IomMemberCounter } from '../../src/iom-member-counter.js';

/** The harness of `counter`: its figures as a person sees them, its sentence as a screen reader gets it. */
export const counterHarness = (counter: IomMemberCounter) => new MemberCounterHarness(counter);
