import { LINKS_FIELD, readLinks, type LinkTarget } from '@cairn/model';
import type { Statement } from 'better-sqlite3';
import * as Y from 'yjs';
import type { Db } from './Db.js';

/**
 * Root maps whose entries the index knows: roadmap items, strategy goals, personas and launch
 * tasks all live in `items`; roadmap releases in `releases`.
 */
export const INDEXED_COLLECTIONS = ['items', 'releases'] as const;

/** An entry as the index keeps it: enough to name it in a link and to search for it. */
export interface IndexedEntry {
  readonly collection: string;
  readonly id: string;
  /** The entry's `title`, or its `name` when it has no title string; '' when neither. */
  readonly title: string;
  /** The entry's own `type` field (strategy: 'goal' or 'competitor'), or ''. */
  readonly type: string;
}

/** A link as stored on its pointing entry, with where it starts. */
export interface IndexedLink {
  readonly fromBoard: string;
  readonly fromCollection: string;
  readonly fromId: string;
  readonly to: LinkTarget;
}

/** What the index keeps of one board: its entries and their outgoing links. */
export interface IndexedBoard {
  readonly entries: readonly IndexedEntry[];
  readonly links: readonly Omit<IndexedLink, 'fromBoard'>[];
}

/** An entry of a board with the board's kind and title, as pickers list it. */
export interface EntryWithBoard extends IndexedEntry {
  readonly board: string;
  readonly boardKind: string;
  readonly boardTitle: string;
}

function stringField(entry: Y.Map<unknown>, key: string): string {
  const value = entry.get(key);
  return typeof value === 'string' ? value : '';
}

/** The root map `name`, or undefined when a foreign client stored another type there. */
function rootMap(doc: Y.Doc, name: string): Y.Map<unknown> | undefined {
  try {
    return doc.getMap<unknown>(name);
  } catch {
    return undefined;
  }
}

/**
 * The entries and links of a board document, for the index. Never throws on foreign data:
 * values that are not Y.Maps are skipped, and a title that is not a string reads as ''.
 */
export function readIndexedBoard(doc: Y.Doc): IndexedBoard {
  const entries: IndexedEntry[] = [];
  const links: Omit<IndexedLink, 'fromBoard'>[] = [];
  for (const collection of INDEXED_COLLECTIONS) {
    rootMap(doc, collection)?.forEach((value, id) => {
      if (!(value instanceof Y.Map)) return;
      const entry = value as Y.Map<unknown>;
      const title = stringField(entry, 'title') || stringField(entry, 'name');
      entries.push({ collection, id, title, type: stringField(entry, 'type') });
      if (entry.has(LINKS_FIELD)) {
        for (const to of readLinks(entry))
          links.push({ fromCollection: collection, fromId: id, to });
      }
    });
  }
  return { entries, links };
}

interface EntryRow {
  board: string;
  collection: string;
  id: string;
  title: string;
  type: string;
}

interface LinkRow {
  from_board: string;
  from_collection: string;
  from_id: string;
  to_board: string;
  to_item: string | null;
}

const toEntry = (row: EntryRow): IndexedEntry => ({
  collection: row.collection,
  id: row.id,
  title: row.title,
  type: row.type,
});

const toLink = (row: LinkRow): IndexedLink => ({
  fromBoard: row.from_board,
  fromCollection: row.from_collection,
  fromId: row.from_id,
  to: { boardId: row.to_board, itemId: row.to_item },
});

/**
 * The link index in SQLite: every board's entries (with their current titles) and links. It is a
 * cache of the documents, rebuilt per board from its document; the documents stay the truth.
 */
export class LinkIndex {
  private readonly deleteEntries: Statement<[string]>;
  private readonly deleteLinks: Statement<[string]>;
  private readonly insertEntry: Statement<[string, string, string, string, string]>;
  private readonly insertLink: Statement<[string, string, string, string, string | null]>;
  private readonly markIndexed: Statement<[string, number]>;
  private readonly selectUnindexed: Statement<[], { id: string }>;
  private readonly selectEntries: Statement<[string], EntryRow>;
  private readonly selectEntry: Statement<[string, string], EntryRow>;
  private readonly selectOutgoing: Statement<[string], LinkRow>;
  private readonly selectIncoming: Statement<[string], LinkRow>;
  private readonly selectEntriesOfKind: Statement<[string], EntryWithBoard>;
  private readonly replaceTransaction: (board: string, content: IndexedBoard, now: number) => void;

  constructor(db: Db) {
    this.deleteEntries = db.prepare('DELETE FROM entries WHERE board = ?');
    this.deleteLinks = db.prepare('DELETE FROM links WHERE from_board = ?');
    this.insertEntry = db.prepare(
      `INSERT INTO entries (board, collection, id, title, type) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (board, collection, id) DO UPDATE SET title = excluded.title, type = excluded.type`,
    );
    this.insertLink = db.prepare(
      'INSERT INTO links (from_board, from_collection, from_id, to_board, to_item) VALUES (?, ?, ?, ?, ?)',
    );
    this.markIndexed = db.prepare(
      `INSERT INTO indexed_boards (board, indexed_at) VALUES (?, ?)
       ON CONFLICT (board) DO UPDATE SET indexed_at = excluded.indexed_at`,
    );
    this.selectUnindexed = db.prepare(
      'SELECT id FROM boards WHERE id NOT IN (SELECT board FROM indexed_boards) ORDER BY id',
    );
    this.selectEntries = db.prepare(
      'SELECT * FROM entries WHERE board = ? ORDER BY collection, id',
    );
    // An id names one entry; if two collections ever held the same id, prefer `items`.
    this.selectEntry = db.prepare(
      "SELECT * FROM entries WHERE board = ? AND id = ? ORDER BY collection != 'items', collection LIMIT 1",
    );
    this.selectOutgoing = db.prepare(
      'SELECT * FROM links WHERE from_board = ? ORDER BY from_collection, from_id, to_board, to_item',
    );
    this.selectIncoming = db.prepare(
      'SELECT * FROM links WHERE to_board = ? ORDER BY from_board, from_collection, from_id, to_item',
    );
    this.selectEntriesOfKind = db.prepare(
      `SELECT e.board AS board, e.collection AS collection, e.id AS id, e.title AS title,
              e.type AS type, b.kind AS boardKind, b.title AS boardTitle
       FROM entries e JOIN boards b ON b.id = e.board
       WHERE b.kind = ? AND e.collection = 'items'
       ORDER BY e.title, b.title, e.board, e.id`,
    );
    this.replaceTransaction = db.transaction(
      (board: string, content: IndexedBoard, now: number) => {
        this.deleteEntries.run(board);
        this.deleteLinks.run(board);
        for (const entry of content.entries) {
          this.insertEntry.run(board, entry.collection, entry.id, entry.title, entry.type);
        }
        for (const link of content.links) {
          this.insertLink.run(
            board,
            link.fromCollection,
            link.fromId,
            link.to.boardId,
            link.to.itemId,
          );
        }
        this.markIndexed.run(board, now);
      },
    );
  }

  /** Replaces everything the index holds for `board` with `content`, in one transaction. */
  replace(board: string, content: IndexedBoard, now: number): void {
    this.replaceTransaction(board, content, now);
  }

  /** Ids of listed boards the index has never seen (created before the index existed). */
  unindexedBoards(): string[] {
    return this.selectUnindexed.all().map((row) => row.id);
  }

  /** Every entry of `board`. */
  entriesOf(board: string): IndexedEntry[] {
    return this.selectEntries.all(board).map(toEntry);
  }

  /** The entry `id` of `board`, or undefined when it is unknown or was deleted. */
  entry(board: string, id: string): IndexedEntry | undefined {
    const row = this.selectEntry.get(board, id);
    return row ? toEntry(row) : undefined;
  }

  /** Links stored on the entries of `board`. */
  outgoing(board: string): IndexedLink[] {
    return this.selectOutgoing.all(board).map(toLink);
  }

  /** Links from any board that point at `board` or one of its entries. */
  incoming(board: string): IndexedLink[] {
    return this.selectIncoming.all(board).map(toLink);
  }

  /** Entries in `items` of every board of `kind`, ordered by title. */
  entriesOfKind(kind: string): EntryWithBoard[] {
    return this.selectEntriesOfKind.all(kind);
  }
}
