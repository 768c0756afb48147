import type { AccessEpoch } from './AccessEpoch.js';

/**
 * Advances the AccessEpoch when someone outside the server writes to its database: the command
 * line, revoking a token or changing a role while the server runs. The server's own access
 * changes advance the epoch as they happen; these are the ones no one announces. It asks
 * `changedElsewhere` every `intervalMs` (one cheap query a second) instead of every open
 * connection reading its access again every second (`RECHECK_MS`), which at 1,000 sockets was
 * a thousand lookups a second. Any outside write counts, not only access changes: each
 * connection then reads its access once more.
 */
export class OutsideWriteWatch {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    /** Whether another connection has committed since the last call (see sqliteWrittenElsewhere). */
    private readonly changedElsewhere: () => boolean,
    private readonly epoch: AccessEpoch,
    private readonly intervalMs: number,
  ) {}

  /** Asks once, advancing the epoch if something changed (the timer calls this). */
  check(): void {
    if (this.changedElsewhere()) this.epoch.advance();
  }

  start(): void {
    this.timer ??= setInterval(() => this.check(), this.intervalMs).unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
