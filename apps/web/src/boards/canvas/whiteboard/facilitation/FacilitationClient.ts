import type { Ballot } from '@cairn/model';
import type { MyFacilitation } from '../../../../api/facilitationApi';
import { changeDots, keepShapes, sameBallot } from './changeDots';
import { estimateClockOffset } from './countdown';

/** The facilitation calls of one person on one board: `facilitationApi` with token and board bound. */
export interface FacilitationCalls {
  fetchMine(): Promise<MyFacilitation>;
  castBallot(voteId: string, dots: Ballot): Promise<Ballot>;
  becomeFacilitator(): Promise<void>;
  startTimer(durationSeconds: number): Promise<void>;
  stopTimer(): Promise<void>;
  openVote(budget: number): Promise<void>;
  revealVote(voteId: string): Promise<void>;
  endVote(voteId: string): Promise<void>;
}

/** What the server tells only this person, and how their last request went. */
export interface FacilitationClientState {
  /** Server clock minus local clock in ms, to count the shared timer down; 0 until known. */
  readonly clockOffsetMs: number;
  /** The vote `ballot` belongs to; null until the server said (or when no vote is open). */
  readonly voteId: string | null;
  /** The person's own dots as shown: what the server kept, plus changes on their way to it. */
  readonly ballot: Ballot;
  /** Why the last request was refused, ready to show; null when all went well. */
  readonly error: string | null;
}

const INITIAL: FacilitationClientState = {
  clockOffsetMs: 0,
  voteId: null,
  ballot: {},
  error: null,
};

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The person's side of facilitation on one board. The shared state (timer, vote, results) comes
 * from the document; this holds what it does not carry (the clock offset, the person's own ballot)
 * and makes the REST calls that change the shared state, keeping the last refusal to show.
 *
 * Ballot changes are optimistic: shown at once, then the whole ballot is sent. One request is in
 * flight at a time and the latest ballot goes next, so answers can never arrive out of order; a
 * refusal rolls back to the last ballot the server kept.
 */
export class FacilitationClient {
  private state = INITIAL;
  private readonly listeners = new Set<() => void>();
  /** The last ballot the server kept, for the vote in `state.voteId`. */
  private kept: Ballot = {};
  private sending = false;
  /** Counts refreshes, so that only the answer to the latest one is applied. */
  private refreshes = 0;
  /**
   * The shortest round trip a clock offset was estimated from. The estimate errs by up to half
   * the round trip (a page busy loading answers late), so a slower answer never replaces it.
   */
  private bestRoundTripMs = Number.POSITIVE_INFINITY;

  constructor(
    private readonly calls: FacilitationCalls,
    private readonly now: () => number = Date.now,
  ) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): FacilitationClientState => this.state;

  /**
   * Asks the server for its clock and the person's ballot in vote `voteId` (the vote the
   * document shows; null for none). Call it when the vote or the timer changes. Failing to load
   * the ballot of an open vote is shown; without a vote, the timer counts on the best clock
   * offset known so far (none: the local clock).
   */
  refresh(voteId: string | null): void {
    const request = ++this.refreshes;
    const sentAt = this.now();
    this.calls.fetchMine().then(
      (mine) => {
        const clockOffsetMs = this.clockOffsetFrom(sentAt, this.now(), mine.serverTime);
        // A stale answer still times the clock; only the latest one tells the ballot, and
        // never over dots the person placed that are still on their way.
        const stale = request !== this.refreshes;
        const unsent = voteId === this.state.voteId && !sameBallot(this.state.ballot, this.kept);
        if (stale || unsent) {
          this.update({ clockOffsetMs });
          return;
        }
        this.kept = mine.ballot ?? {};
        this.update({ clockOffsetMs, voteId, ballot: this.kept });
      },
      (error: unknown) => {
        if (request !== this.refreshes || voteId === null) return;
        this.update({ error: `Your dots could not be loaded: ${reason(error)}` });
      },
    );
  }

  /**
   * Places `delta` dots on `shapeId` (takes them back when negative) in vote `voteId` with
   * `budget` dots per person. Dots on shapes no longer `onBoard` are dropped first, since the
   * server refuses ballots that name them. Ignored until the person's ballot in that vote is
   * known, and when the change is not allowed (no dots left, none to take back).
   */
  changeDots(
    voteId: string,
    shapeId: string,
    delta: number,
    budget: number,
    onBoard: (shapeId: string) => boolean,
  ): void {
    if (this.state.voteId !== voteId) return;
    const next = changeDots(keepShapes(this.state.ballot, onBoard), shapeId, delta, budget);
    if (!next) return;
    this.update({ ballot: next, error: null });
    this.sendBallot();
  }

  becomeFacilitator(): void {
    this.attempt('You could not become a facilitator', () => this.calls.becomeFacilitator());
  }

  startTimer(durationSeconds: number): void {
    this.attempt('The timer did not start', () => this.calls.startTimer(durationSeconds));
  }

  stopTimer(): void {
    this.attempt('The timer did not stop', () => this.calls.stopTimer());
  }

  openVote(budget: number): void {
    this.attempt('The vote did not open', () => this.calls.openVote(budget));
  }

  revealVote(voteId: string): void {
    this.attempt('The vote was not revealed', () => this.calls.revealVote(voteId));
  }

  endVote(voteId: string): void {
    this.attempt('The vote did not end', () => this.calls.endVote(voteId));
  }

  dismissError(): void {
    this.update({ error: null });
  }

  private clockOffsetFrom(sentAt: number, receivedAt: number, serverTime: number): number {
    const roundTrip = receivedAt - sentAt;
    if (roundTrip > this.bestRoundTripMs) return this.state.clockOffsetMs;
    this.bestRoundTripMs = roundTrip;
    return estimateClockOffset(sentAt, receivedAt, serverTime);
  }

  private sendBallot(): void {
    const { voteId, ballot } = this.state;
    if (this.sending || voteId === null || sameBallot(ballot, this.kept)) return;
    this.sending = true;
    this.calls.castBallot(voteId, ballot).then(
      (kept) => {
        this.sending = false;
        if (this.state.voteId === voteId) {
          this.kept = kept;
          // Show what the server kept, unless the person changed the ballot meanwhile.
          if (sameBallot(this.state.ballot, ballot)) this.update({ ballot: kept });
        }
        this.sendBallot();
      },
      (error: unknown) => {
        this.sending = false;
        if (this.state.voteId === voteId) {
          this.update({ ballot: this.kept, error: `Your dot was not counted: ${reason(error)}` });
        }
        this.sendBallot();
      },
    );
  }

  private attempt(failure: string, call: () => Promise<void>): void {
    this.update({ error: null });
    call().catch((error: unknown) => this.update({ error: `${failure}: ${reason(error)}` }));
  }

  private update(change: Partial<FacilitationClientState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }
}
