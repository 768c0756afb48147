import type { BoardMetaView } from '../core/readMeta.js';
import type { EntryCollection, EntryNoun, EntryRef } from './boardChange.js';

/** A reference to an entry of the board. */
export function entryRef(
  collection: EntryCollection,
  id: string,
  title: string,
  noun: EntryNoun,
): EntryRef {
  return { collection, id, title, noun };
}

/** The board itself, for board-wide changes (title, launch date, vision…). */
export function boardRef(board: BoardMetaView): EntryRef {
  return entryRef('meta', '', board.title, 'board');
}
