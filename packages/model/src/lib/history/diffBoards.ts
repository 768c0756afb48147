import type { BoardKind } from '../core/schema.js';
import type { BoardView } from '../board/readBoard.js';
import type { BoardChange, EntryNoun } from './boardChange.js';
import { ChangeList } from './ChangeList.js';
import { diffCanvas, diffPersonas, type ShapeStates } from './diffCards.js';
import { diffLaunch } from './diffLaunch.js';
import { diffRoadmap } from './diffRoadmap.js';
import { diffStrategy } from './diffStrategy.js';
import { boardRef, entryRef } from './entryRefs.js';

export type { ShapeEntry, ShapeStates } from './diffCards.js';
export type {
  BoardChange,
  DateField,
  EntryCollection,
  EntryNoun,
  EntryRef,
} from './boardChange.js';

/** What a caller can add to a comparison that the board views do not hold. */
export interface DiffExtras {
  /** The shapes of a canvas's whiteboard in each state (read with @cairn/canvas). */
  readonly shapes?: ShapeStates;
}

/** What changed from `before` to `after`, in a stable order. */
export interface BoardDiff {
  readonly kind: BoardKind;
  readonly changes: readonly BoardChange[];
}

const ITEM_NOUNS: Record<BoardKind, EntryNoun> = {
  roadmap: 'item',
  strategy: 'goal',
  personas: 'persona',
  launch: 'task',
  canvas: 'note',
};

/** Two views of different kinds (a document re-initialised by a foreign client): titles only. */
function diffAcrossKinds(before: BoardView, after: BoardView, out: ChangeList): void {
  out.renamed(boardRef(after), before.title, after.title);
  const items = (view: BoardView) => view.items.map(({ id, title }) => ({ id, title }));
  out.entries(
    items(before),
    items(after),
    ({ id, title }) => entryRef('items', id, title, ITEM_NOUNS[after.kind]),
    (was, now, ref) => out.renamed(ref, was.title, now.title),
  );
}

/**
 * Compares two states of one board (docs/history.md). The order is stable and depends only on
 * the two views: board-wide changes first, then each collection (lanes, horizons or tracks,
 * then entries, then releases) in the later board's order, with a collection's removed entries
 * after its others, in the earlier board's order. Within an entry, changes follow a fixed field
 * order. Entries are matched by id, so a renamed item is one `renamed` change, not a removal
 * and an addition. On a canvas, `extras.shapes` adds the whiteboard's shapes after its notes.
 */
export function diffBoards(
  before: BoardView,
  after: BoardView,
  extras: DiffExtras = {},
): BoardDiff {
  const out = new ChangeList();
  if (before.kind === 'roadmap' && after.kind === 'roadmap') diffRoadmap(before, after, out);
  else if (before.kind === 'launch' && after.kind === 'launch') diffLaunch(before, after, out);
  else if (before.kind === 'strategy' && after.kind === 'strategy') {
    diffStrategy(before, after, out);
  } else if (before.kind === 'personas' && after.kind === 'personas') {
    diffPersonas(before, after, out);
  } else if (before.kind === 'canvas' && after.kind === 'canvas') {
    diffCanvas(before, after, out, extras.shapes);
  } else diffAcrossKinds(before, after, out);
  return { kind: after.kind, changes: out.changes };
}
