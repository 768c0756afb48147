/**
 * The facilitation state of a canvas board: who facilitates, the shared timer and the dot vote.
 *
 * It lives in the board's own document, in the root map {@link FACILITATION}, so everyone on the
 * board sees it live with no extra channel. Only the server writes it (through its REST routes,
 * after checking that the caller is a facilitator); the server refuses any client update that
 * touches this root. Values are plain JSON, replaced whole, so a reader never sees half a state.
 */
export const FACILITATION = 'facilitation';

/** Keys of the {@link FACILITATION} map. */
export const FACILITATION_KEYS = {
  /** `FacilitatorView[]`: the people who may start, stop and reveal. */
  facilitators: 'facilitators',
  /** `TimerView | null`. */
  timer: 'timer',
  /** `VoteView | null`. */
  vote: 'vote',
} as const;

export const FACILITATION_LIMITS = {
  maxFacilitators: 50,
  minTimerSeconds: 10,
  maxTimerSeconds: 4 * 60 * 60,
  minDotBudget: 1,
  maxDotBudget: 50,
} as const;

/** A person named in the facilitation state, as the server identified them. */
export interface FacilitationPerson {
  readonly id: string;
  readonly name: string;
}

/**
 * The shared timer: an end time on the server's clock, so no traffic flows while it runs.
 * Clients show `endsAt - serverNow`, where they estimate serverNow from the `serverTime` the
 * facilitation REST route returns.
 */
export interface TimerView {
  /** Milliseconds since the epoch, server clock. */
  readonly endsAt: number;
  readonly durationMs: number;
  readonly startedBy: FacilitationPerson;
}

/** One shape's total in a revealed vote. */
export interface VoteResult {
  /** The tldraw shape id (`shape:…`). */
  readonly shapeId: string;
  readonly dots: number;
  /** 1 for the most dots; shapes with equal dots share a rank ("1, 1, 3"). */
  readonly rank: number;
}

/**
 * A dot vote. While `open`, ballots stay on the server (not in the document), so nobody sees
 * anyone else's dots, only how many people have voted. `reveal` writes the totals.
 */
export interface VoteView {
  readonly id: string;
  readonly status: 'open' | 'revealed';
  /** Dots each person may place (several on one shape allowed). */
  readonly budget: number;
  readonly openedBy: FacilitationPerson;
  readonly openedAt: number;
  /** How many people have placed at least one dot. */
  readonly voters: number;
  /**
   * Totals by shape, most dots first, ties by shape id so every client lists them in the same
   * order; shapes without dots are left out. Null until revealed.
   */
  readonly results: readonly VoteResult[] | null;
}

/** The whole facilitation state as views read it. */
export interface FacilitationView {
  readonly facilitators: readonly FacilitationPerson[];
  readonly timer: TimerView | null;
  readonly vote: VoteView | null;
}
