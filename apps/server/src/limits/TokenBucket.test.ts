import { describe, expect, it } from 'vitest';
import { TokenBucket } from './TokenBucket.js';

describe('TokenBucket', () => {
  it('allows a burst, then the rate', () => {
    let now = 0;
    const bucket = new TokenBucket(10, 5, () => now);
    for (let i = 0; i < 5; i++) expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    now += 100;
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
  });

  it('never holds more than its burst, and refuses a cost above it', () => {
    let now = 0;
    const bucket = new TokenBucket(1_000, 3, () => now);
    now += 60_000;
    expect(bucket.take(4)).toBe(false);
    expect(bucket.take(3)).toBe(true);
    expect(bucket.take(1)).toBe(false);
  });

  it('keeps a person dragging at 60 fps well inside the default message rate', () => {
    let now = 0;
    const bucket = new TokenBucket(500, 1_000, () => now);
    // One update and one awareness message per frame for a minute.
    for (let frame = 0; frame < 3_600; frame++) {
      now += 1000 / 60;
      expect(bucket.take(2)).toBe(true);
    }
  });
});
