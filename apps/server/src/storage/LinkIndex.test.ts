import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardIndex } from './BoardIndex.js';
import type { Db } from './Db.js';
import { LinkIndex, readIndexedBoard } from './LinkIndex.js';
import { openDatabase } from './openDatabase.js';
import { UpdateLog } from './UpdateLog.js';

const opened: { db: Db; dir: string }[] = [];
afterEach(() => {
  for (const { db, dir } of opened.splice(0)) {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

function openDb(): Db {
  const dir = mkdtempSync(join(tmpdir(), 'cairn-links-'));
  const db = openDatabase(dir, 'normal');
  opened.push({ db, dir });
  return db;
}

/** Sets `fields` on a new entry `id` of root map `collection`. */
function put(doc: Y.Doc, collection: string, id: string, fields: Record<string, unknown>): void {
  const entry = new Y.Map<unknown>();
  doc.getMap<unknown>(collection).set(id, entry);
  for (const [key, value] of Object.entries(fields)) entry.set(key, value);
}

describe('readIndexedBoard', () => {
  it('reads titles (or names), types and links of items and releases', () => {
    const doc = new Y.Doc();
    put(doc, 'items', 'item', { title: 'Billing', type: 'goal' });
    put(doc, 'releases', 'release', { name: 'R1' });
    const links = new Y.Map<unknown>();
    (doc.getMap('items').get('item') as Y.Map<unknown>).set('links', links);
    links.set('B/x', { boardId: 'B', itemId: 'x' });
    expect(readIndexedBoard(doc)).toEqual({
      entries: [
        { collection: 'items', id: 'item', title: 'Billing', type: 'goal' },
        { collection: 'releases', id: 'release', title: 'R1', type: '' },
      ],
      links: [{ fromCollection: 'items', fromId: 'item', to: { boardId: 'B', itemId: 'x' } }],
    });
  });

  it('never throws on foreign data', () => {
    const doc = new Y.Doc();
    doc.getText('releases').insert(0, 'not a map');
    doc.getMap<unknown>('items').set('junk', 42);
    put(doc, 'items', 'odd', { title: 7, name: null, type: [], links: 'none' });
    expect(readIndexedBoard(doc)).toEqual({
      entries: [{ collection: 'items', id: 'odd', title: '', type: '' }],
      links: [],
    });
  });
});

describe('LinkIndex', () => {
  it('replaces a board wholesale and answers both directions', () => {
    const db = openDb();
    const index = new LinkIndex(db);
    const link = { fromCollection: 'items', fromId: 'a', to: { boardId: 'P', itemId: 'p' } };
    index.replace(
      'R',
      { entries: [{ collection: 'items', id: 'a', title: 'A', type: '' }], links: [link] },
      1,
    );
    index.replace(
      'P',
      { entries: [{ collection: 'items', id: 'p', title: 'Persona', type: '' }], links: [] },
      1,
    );
    expect(index.outgoing('R')).toEqual([{ fromBoard: 'R', ...link }]);
    expect(index.incoming('P')).toEqual([{ fromBoard: 'R', ...link }]);
    expect(index.entry('P', 'p')?.title).toBe('Persona');

    index.replace('R', { entries: [], links: [] }, 2);
    expect(index.outgoing('R')).toEqual([]);
    expect(index.incoming('P')).toEqual([]);
    expect(index.entriesOf('R')).toEqual([]);
  });

  it('names listed boards it has never indexed, for the start-up backfill', () => {
    const db = openDb();
    const boards = new BoardIndex(db);
    const index = new LinkIndex(db);
    for (const id of ['B', 'A'])
      boards.add({ id, kind: 'personas', title: id, createdAt: 0, updatedAt: 0 });
    index.replace('A', { entries: [], links: [] }, 1);
    expect(index.unindexedBoards()).toEqual(['B']);
    // The log is what the backfill reads; an empty log indexes as an empty board.
    expect(new UpdateLog(db, () => 0).load('B').updates).toEqual([]);
  });

  it('lists entries of a kind with their board, for pickers', () => {
    const db = openDb();
    const boards = new BoardIndex(db);
    const index = new LinkIndex(db);
    boards.add({ id: 'P', kind: 'personas', title: 'People', createdAt: 0, updatedAt: 0 });
    boards.add({ id: 'S', kind: 'strategy', title: 'Plan', createdAt: 0, updatedAt: 0 });
    index.replace(
      'P',
      { entries: [{ collection: 'items', id: 'p', title: 'Ops', type: '' }], links: [] },
      1,
    );
    index.replace(
      'S',
      { entries: [{ collection: 'items', id: 's', title: 'Goal', type: 'goal' }], links: [] },
      1,
    );
    expect(index.entriesOfKind('personas')).toEqual([
      {
        board: 'P',
        boardKind: 'personas',
        boardTitle: 'People',
        collection: 'items',
        id: 'p',
        title: 'Ops',
        type: '',
      },
    ]);
  });
});
