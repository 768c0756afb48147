import type { Logger } from 'pino';
import type { ActivityStore } from './ActivityStore.js';
import type { InboxStore } from './InboxStore.js';

/** How long edit activity and read inbox items are kept. */
export const INBOX_RETENTION_MS = 90 * 24 * 60 * 60 * 1000;

/** How often old rows are pruned. */
const PRUNE_EVERY_MS = 60 * 60 * 1000;

/**
 * Keeps the inbox tables from growing without bound: every hour (and at start) it forgets edit
 * activity older than 90 days and inbox items read more than 90 days ago. Unread items stay.
 */
export class InboxHousekeeping {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly activity: ActivityStore,
    private readonly inbox: InboxStore,
    private readonly now: () => number,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.prune();
    this.timer = setInterval(() => this.prune(), PRUNE_EVERY_MS);
    this.timer.unref();
  }

  /** Deletes what is past retention now; returns how many rows went. */
  prune(): { activity: number; inbox: number } {
    const before = this.now() - INBOX_RETENTION_MS;
    try {
      const pruned = {
        activity: this.activity.pruneBefore(before),
        inbox: this.inbox.pruneReadBefore(before),
      };
      if (pruned.activity + pruned.inbox > 0) this.logger.info(pruned, 'pruned old inbox rows');
      return pruned;
    } catch (error) {
      // The next hour retries; nothing the inbox shows depends on this.
      this.logger.error({ err: error }, 'pruning the inbox failed');
      return { activity: 0, inbox: 0 };
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
