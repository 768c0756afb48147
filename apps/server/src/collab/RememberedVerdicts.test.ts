import { describe, expect, it } from 'vitest';
import { AccessEpoch } from '../access/AccessEpoch.js';
import { ROLE_CHANGED, UNAUTHORIZED, type AccessVerdict } from './accessVerdict.js';
import { RECHECK_MS, RememberedVerdicts } from './RememberedVerdicts.js';

/** A connection whose verdict the test sets, counting how often it is read. */
function world(initial: AccessVerdict, recheckMs = RECHECK_MS) {
  const clock = { elapsed: 0, now: 1_000 };
  const state = { verdict: initial, reads: 0 };
  const epoch = new AccessEpoch();
  const verdicts = new RememberedVerdicts<object>(
    epoch,
    () => {
      state.reads += 1;
      return state.verdict;
    },
    () => clock.elapsed,
    () => clock.now,
    recheckMs,
  );
  return { clock, state, epoch, verdicts, connection: {} };
}

const ALLOWED: AccessVerdict = { close: null, until: Infinity };

describe('RememberedVerdicts', () => {
  it('reads access once for a burst of messages', () => {
    const { state, verdicts, connection } = world(ALLOWED);
    for (let message = 0; message < 100; message += 1) {
      expect(verdicts.verdictOf(connection)).toBeNull();
    }
    expect(state.reads).toBe(1);
  });

  it('reads again at once after an access change', () => {
    const { state, epoch, verdicts, connection } = world(ALLOWED);
    verdicts.verdictOf(connection);
    state.verdict = { close: ROLE_CHANGED, until: Infinity };
    epoch.advance();
    expect(verdicts.verdictOf(connection)).toBe(ROLE_CHANGED);
  });

  it('reads again once a session or link behind the connection expires', () => {
    const { clock, state, verdicts, connection } = world({ close: null, until: 5_000 });
    verdicts.verdictOf(connection);
    clock.now = 4_999;
    expect(verdicts.verdictOf(connection)).toBeNull();
    expect(state.reads).toBe(1);
    state.verdict = { close: UNAUTHORIZED, until: -Infinity };
    clock.now = 5_000;
    expect(verdicts.verdictOf(connection)).toBe(UNAUTHORIZED);
  });

  it('reads again within RECHECK_MS of real time, for changes no one announced', () => {
    const { clock, state, verdicts, connection } = world(ALLOWED);
    verdicts.verdictOf(connection);
    clock.elapsed = RECHECK_MS - 1;
    verdicts.verdictOf(connection);
    expect(state.reads).toBe(1);
    state.verdict = { close: UNAUTHORIZED, until: -Infinity };
    clock.elapsed = RECHECK_MS;
    expect(verdicts.verdictOf(connection)).toBe(UNAUTHORIZED);
  });

  it('keeps a check for any time when outside writes are announced too (SQLite)', () => {
    const { clock, state, epoch, verdicts, connection } = world(ALLOWED, Infinity);
    verdicts.verdictOf(connection);
    clock.elapsed = 3_600_000;
    expect(verdicts.verdictOf(connection)).toBeNull();
    expect(state.reads).toBe(1);
    // The command line's write, heard of by OutsideWriteWatch.
    state.verdict = { close: UNAUTHORIZED, until: -Infinity };
    epoch.advance();
    expect(verdicts.verdictOf(connection)).toBe(UNAUTHORIZED);
  });

  it('never remembers a refusal, and keeps connections apart', () => {
    const { state, verdicts, connection } = world({ close: UNAUTHORIZED, until: -Infinity });
    expect(verdicts.verdictOf(connection)).toBe(UNAUTHORIZED);
    expect(verdicts.verdictOf(connection)).toBe(UNAUTHORIZED);
    expect(state.reads).toBe(2);
    state.verdict = ALLOWED;
    verdicts.verdictOf(connection);
    verdicts.verdictOf({});
    expect(state.reads).toBe(4);
  });
});
