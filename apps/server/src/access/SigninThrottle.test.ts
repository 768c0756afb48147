import { afterEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../testing/openTestDatabase.js';
import { MAX_SIGNIN_FAILURES, SIGNIN_WINDOW_MS, SigninThrottle } from './SigninThrottle.js';

let database: TestDatabase | undefined;
afterEach(() => database?.close());

function throttleAt(clock: { now: number }): SigninThrottle {
  database = openTestDatabase();
  return new SigninThrottle(database.db, () => clock.now);
}

describe('SigninThrottle', () => {
  it('blocks an email after 10 failures within 15 minutes, until they age out', () => {
    const clock = { now: 0 };
    const throttle = throttleAt(clock);
    for (let failure = 0; failure < MAX_SIGNIN_FAILURES; failure++) {
      expect(throttle.isBlocked('ada@example.com')).toBe(false);
      throttle.recordFailure('ada@example.com');
      clock.now += 1_000;
    }
    expect(throttle.isBlocked('ada@example.com')).toBe(true);
    expect(throttle.isBlocked('bo@example.com')).toBe(false);
    clock.now = SIGNIN_WINDOW_MS;
    expect(throttle.isBlocked('ada@example.com')).toBe(false);
  });

  it('forgets the failures after a correct password', () => {
    const throttle = throttleAt({ now: 0 });
    for (let failure = 0; failure < MAX_SIGNIN_FAILURES - 1; failure++) {
      throttle.recordFailure('ada@example.com');
    }
    throttle.recordSuccess('ada@example.com');
    throttle.recordFailure('ada@example.com');
    expect(throttle.isBlocked('ada@example.com')).toBe(false);
  });

  it('counts the failures another process recorded in the same database', () => {
    const clock = { now: 0 };
    const one = throttleAt(clock);
    const other = new SigninThrottle(database!.db, () => clock.now);
    for (let failure = 0; failure < MAX_SIGNIN_FAILURES; failure++) {
      (failure % 2 === 0 ? one : other).recordFailure('ada@example.com');
    }
    expect(one.isBlocked('ada@example.com')).toBe(true);
    expect(other.isBlocked('ada@example.com')).toBe(true);
  });
});
