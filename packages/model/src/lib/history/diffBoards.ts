import type { BoardKind } from '../core/schema.js';
import type { BoardView } from '../board/readBoard.js';

/** One entry of a board (a roadmap item or release, a goal, a persona, a launch task…). */
export interface EntryRef {
  /** The root map holding it: `items` or `releases`. */
  readonly collection: string;
  readonly id: string;
  /** Its title (or name) in the later of the two boards compared; the earlier one if removed. */
  readonly title: string;
}

/**
 * One difference between two states of a board. The discriminants `added`, `removed`, `moved`
 * and `status` are relied on by webhooks (item created, moved, status changed): keep them.
 */
export type BoardChange =
  | { readonly type: 'added'; readonly entry: EntryRef }
  | { readonly type: 'removed'; readonly entry: EntryRef }
  | {
      /** Moved between lanes, horizons (roadmap) or tracks (launch). */
      readonly type: 'moved';
      readonly entry: EntryRef;
      readonly field: string;
      readonly from: string | null;
      readonly to: string | null;
    }
  | {
      readonly type: 'status';
      readonly entry: EntryRef;
      readonly from: string | null;
      readonly to: string | null;
    };

/** What changed from `before` to `after`, in a stable order. */
export interface BoardDiff {
  readonly kind: BoardKind;
  readonly changes: readonly BoardChange[];
}

/** Compares two states of one board (docs/history.md). */
export function diffBoards(before: BoardView, after: BoardView): BoardDiff {
  void before;
  return { kind: after.kind, changes: [] };
}
