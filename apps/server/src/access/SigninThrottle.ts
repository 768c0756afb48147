/** How many failed sign-ins one email may have within the window before it is refused. */
export const MAX_SIGNIN_FAILURES = 10;

/** The window failures are counted in. */
export const SIGNIN_WINDOW_MS = 15 * 60 * 1000;

/**
 * Counts failed sign-ins per email, so guessing one person's password stops after
 * MAX_SIGNIN_FAILURES tries within SIGNIN_WINDOW_MS. Kept in memory: a restart forgets the
 * counts, which costs an attacker a restart they cannot cause. Emails that failed long ago are
 * forgotten as new failures arrive, so the map cannot grow without bound.
 */
export class SigninThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly now: () => number) {}

  /** True when `email` has used up its failures for now. */
  isBlocked(email: string): boolean {
    return this.recent(email).length >= MAX_SIGNIN_FAILURES;
  }

  recordFailure(email: string): void {
    this.forgetOld();
    this.failures.set(email, [...this.recent(email), this.now()]);
  }

  /** A correct password clears the count. */
  recordSuccess(email: string): void {
    this.failures.delete(email);
  }

  private recent(email: string): number[] {
    const since = this.now() - SIGNIN_WINDOW_MS;
    return (this.failures.get(email) ?? []).filter((at) => at > since);
  }

  private forgetOld(): void {
    const since = this.now() - SIGNIN_WINDOW_MS;
    for (const [email, times] of this.failures) {
      if (times.every((at) => at <= since)) this.failures.delete(email);
    }
  }
}
