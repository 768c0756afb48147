import type { BoardKind } from '@cairn/model';
import type * as Y from 'yjs';

/** Props of the panel that shows and edits an entry's links to other boards. */
export interface LinkedItemsProps {
  /** The board the entry is on. */
  readonly boardId: string;
  readonly doc: Y.Doc;
  /** Root map of the entry, e.g. 'items' or 'releases'. */
  readonly collection: string;
  readonly entryId: string;
  /** Kinds of board this entry may link to (e.g. ['personas', 'strategy']); empty: show only. */
  readonly targetKinds: readonly BoardKind[];
  readonly readOnly: boolean;
}

/**
 * Links of one entry, both ways: what it points at (stored on it) and what points at it (from the
 * server's link index), each with the target's current title, or "gone" once deleted.
 * (Placeholder until the link index lands.)
 */
export function LinkedItems(_props: LinkedItemsProps) {
  return null;
}
