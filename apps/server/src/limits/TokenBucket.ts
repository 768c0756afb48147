/**
 * A token bucket: holds up to `burst` tokens and gains `ratePerSecond` of them per second.
 * Each message takes some; when they run out the sender is over its rate. Time is injected so
 * tests are deterministic.
 */
export class TokenBucket {
  private tokens: number;
  private refilledAt: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    private readonly now: () => number,
  ) {
    this.tokens = burst;
    this.refilledAt = now();
  }

  /** Takes `cost` tokens if there are that many and returns true; otherwise takes none. */
  take(cost = 1): boolean {
    const now = this.now();
    const elapsed = Math.max(0, now - this.refilledAt);
    this.refilledAt = now;
    this.tokens = Math.min(this.burst, this.tokens + (elapsed * this.ratePerSecond) / 1000);
    if (this.tokens < cost) return false;
    this.tokens -= cost;
    return true;
  }
}
