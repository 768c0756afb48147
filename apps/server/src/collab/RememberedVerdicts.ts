import type { AccessEpoch } from '../access/AccessEpoch.js';
import type { AccessClose, AccessVerdict } from './accessVerdict.js';

/** How long a socket's access check is trusted before it is read again, at most. */
export const RECHECK_MS = 1_000;

interface Remembered {
  readonly epoch: number;
  readonly checkedAt: number;
  readonly until: number;
}

/**
 * The access check before each socket message, remembered per connection. Reading it from the
 * database before every message cost more of the server's time than anything else Cairn adds
 * to Hocuspocus (one to three indexed lookups per message: 6 % of a core with tokens in the
 * fan-out benchmark); most messages are presence, ten a second per person. A connection allowed
 * to go on is checked again at its next message:
 * - after any access change this process makes or hears of (the AccessEpoch advanced:
 *   revocations, role and membership changes, sign-outs, here or on another process through
 *   Redis);
 * - once a session or link behind it has expired (on the server's clock);
 * - `recheckMs` after the last check, for changes no one announces (the command line writing to
 *   the database while the server runs). With SQLite the server hears of those too
 *   (OutsideWriteWatch advances the epoch), and no time limit is needed; PostgreSQL keeps
 *   RECHECK_MS.
 */
export class RememberedVerdicts<Connection extends object> {
  private readonly remembered = new WeakMap<Connection, Remembered>();

  constructor(
    private readonly epoch: AccessEpoch,
    private readonly check: (connection: Connection) => AccessVerdict,
    /** Real time (ms), for RECHECK_MS. */
    private readonly elapsed: () => number,
    /** The server's clock (ms since the epoch), which expiries are on. */
    private readonly now: () => number,
    /** Real time after which a check is read again even if nothing was announced. */
    private readonly recheckMs: number = RECHECK_MS,
  ) {}

  /** Null when `connection` may go on, else how to close it. */
  verdictOf(connection: Connection): AccessClose | null {
    const last = this.remembered.get(connection);
    const elapsed = this.elapsed();
    if (
      last !== undefined &&
      last.epoch === this.epoch.value &&
      elapsed - last.checkedAt < this.recheckMs &&
      this.now() < last.until
    ) {
      return null;
    }
    const epoch = this.epoch.value;
    const { close, until } = this.check(connection);
    if (close) this.remembered.delete(connection);
    else this.remembered.set(connection, { epoch, checkedAt: elapsed, until });
    return close;
  }
}
