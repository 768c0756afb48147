import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BoardIndex } from '../storage/BoardIndex.js';
import type { Db } from '../storage/Db.js';
import { openDatabase } from '../storage/openDatabase.js';
import { InboxStore, type NewInboxItem } from './InboxStore.js';

const opened: { db: Db; dir: string }[] = [];
afterEach(() => {
  for (const { db, dir } of opened.splice(0)) {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

function openStore(): InboxStore {
  const dir = mkdtempSync(join(tmpdir(), 'cairn-inbox-'));
  const db = openDatabase(dir, 'normal');
  opened.push({ db, dir });
  const boards = new BoardIndex(db);
  for (const id of ['b1', 'b2']) {
    boards.add({ id, kind: 'roadmap', title: `Board ${id}`, createdAt: 0, updatedAt: 0 });
  }
  let next = 0;
  return new InboxStore(db, () => `n_${++next}`);
}

function item(person: string, commentId: string, createdAt: number, boardId = 'b1'): NewInboxItem {
  return {
    person,
    kind: 'mention',
    boardId,
    threadId: 't1',
    commentId,
    by: { id: 'bo', name: 'Bo' },
    excerpt: `about ${commentId}`,
    createdAt,
  };
}

describe('InboxStore', () => {
  it('lists a person’s items newest first on the boards they can read, with the unread count', () => {
    const store = openStore();
    store.add([item('ada', 'c1', 1), item('ada', 'c2', 2, 'b2'), item('cy', 'c3', 3)]);
    store.add([{ ...item('ada', 'c4', 4), kind: 'reply' }]);
    expect(store.boardsOf('ada').sort()).toEqual(['b1', 'b2']);
    const inbox = store.list('ada', ['b1', 'b2']);
    expect(inbox.unread).toBe(3);
    expect(inbox.items.map((entry) => entry.commentId)).toEqual(['c4', 'c2', 'c1']);
    expect(inbox.items[0]).toEqual({
      id: 'n_4',
      kind: 'reply',
      boardId: 'b1',
      boardTitle: 'Board b1',
      threadId: 't1',
      commentId: 'c4',
      by: { id: 'bo', name: 'Bo' },
      excerpt: 'about c4',
      createdAt: 4,
      read: false,
    });
    // A board the person can no longer read drops out of both the items and the count.
    expect(store.list('ada', ['b1'])).toMatchObject({ unread: 2, items: [{}, {}] });
    expect(store.list('ada', ['b1', 'b2'], 1).items).toHaveLength(1);
  });

  it('marks chosen items or all items read, only the person’s own', () => {
    const store = openStore();
    store.add([item('ada', 'c1', 1), item('ada', 'c2', 2), item('cy', 'c3', 3)]);
    store.markRead('ada', ['n_1', 'n_3', 'unknown'], 10);
    expect(store.list('ada', ['b1']).items.map((entry) => [entry.id, entry.read])).toEqual([
      ['n_2', false],
      ['n_1', true],
    ]);
    expect(store.list('cy', ['b1']).unread).toBe(1);
    store.markRead('ada', undefined, 11);
    expect(store.list('ada', ['b1']).unread).toBe(0);
    expect(store.list('cy', ['b1']).unread).toBe(1);
  });

  it('follows a comment’s edits and deletion', () => {
    const store = openStore();
    store.add([
      item('ada', 'c1', 1),
      { ...item('cy', 'c1', 1), kind: 'reply' },
      item('ada', 'c2', 2),
    ]);
    expect([...store.mentionedIn('c1')]).toEqual(['ada']);
    store.setExcerpt('c1', 'edited');
    expect(store.list('cy', ['b1']).items[0]?.excerpt).toBe('edited');
    store.forgetComment('c1');
    expect(store.list('ada', ['b1']).items.map((entry) => entry.commentId)).toEqual(['c2']);
    expect(store.list('cy', ['b1']).items).toEqual([]);
  });
});
