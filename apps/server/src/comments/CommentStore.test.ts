import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../storage/Db.js';
import { openDatabase } from '../storage/openDatabase.js';
import { CommentStore, type NewComment } from './CommentStore.js';

const opened: { db: Db; dir: string }[] = [];
afterEach(() => {
  for (const { db, dir } of opened.splice(0)) {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

function openStore(): CommentStore {
  const dir = mkdtempSync(join(tmpdir(), 'cairn-comments-'));
  const db = openDatabase(dir, 'normal');
  opened.push({ db, dir });
  return new CommentStore(db);
}

const ada = { id: 'ada', name: 'Ada' };
const bo = { id: 'bo', name: 'Bo' };

function comment(id: string, author = ada, body = `body of ${id}`, createdAt = 1_000): NewComment {
  return { id, author, body, mentions: [], createdAt };
}

describe('CommentStore', () => {
  it('keeps threads oldest first with their comments, anchors and mentions', () => {
    const store = openStore();
    store.createThread(
      'board',
      { type: 'item', id: 'item-1' },
      { ...comment('c1'), mentions: ['bo'] },
    );
    store.createThread('board', null, comment('c2', bo));
    store.createThread('other', { type: 'shape', id: 'shape:x' }, comment('c3'));
    store.addReply('c1', comment('c4', bo, 'a reply', 2_000));

    const threads = store.threads('board');
    expect(threads.map((thread) => thread.id)).toEqual(['c1', 'c2']);
    expect(threads[0]).toEqual({
      id: 'c1',
      boardId: 'board',
      anchor: { type: 'item', id: 'item-1' },
      resolved: false,
      resolvedBy: null,
      resolvedAt: null,
      createdAt: 1_000,
      comments: [
        {
          id: 'c1',
          author: ada,
          body: 'body of c1',
          mentions: ['bo'],
          createdAt: 1_000,
          editedAt: null,
          deleted: false,
          reactions: [],
        },
        expect.objectContaining({ id: 'c4', author: bo, body: 'a reply' }),
      ],
    });
    expect(store.thread('board', 'c3')).toBeUndefined();
    expect(store.thread('other', 'c3')?.anchor).toEqual({ type: 'shape', id: 'shape:x' });
    expect(store.comment('board', 'c4')).toMatchObject({
      threadId: 'c1',
      authorId: 'bo',
      threadAuthorId: 'ada',
    });
    expect(store.comment('other', 'c4')).toBeUndefined();
    expect(store.participants('c1').sort()).toEqual(['ada', 'bo']);
  });

  it('edits bodies with their mentions, and resolves and reopens threads', () => {
    const store = openStore();
    store.createThread('board', null, { ...comment('c1'), mentions: ['bo'] });
    store.editBody('c1', 'new words', ['cy'], 5_000);
    store.setResolved('c1', bo, 6_000);
    expect(store.thread('board', 'c1')).toMatchObject({
      resolved: true,
      resolvedBy: bo,
      resolvedAt: 6_000,
      comments: [{ body: 'new words', mentions: ['cy'], editedAt: 5_000 }],
    });
    store.setResolved('c1', null, 7_000);
    expect(store.thread('board', 'c1')).toMatchObject({
      resolved: false,
      resolvedBy: null,
      resolvedAt: null,
    });
  });

  it('groups reactions by emoji in the fixed order, once per person', () => {
    const store = openStore();
    store.createThread('board', null, comment('c1'));
    store.react('c1', '🚀', ada, 1);
    store.react('c1', '👍', bo, 2);
    store.react('c1', '👍', ada, 3);
    store.react('c1', '👍', ada, 4);
    expect(store.thread('board', 'c1')?.comments[0]?.reactions).toEqual([
      { emoji: '👍', people: [bo, ada] },
      { emoji: '🚀', people: [ada] },
    ]);
    store.unreact('c1', '👍', 'bo');
    store.unreact('c1', '🚀', 'bo');
    expect(store.thread('board', 'c1')?.comments[0]?.reactions).toEqual([
      { emoji: '👍', people: [ada] },
      { emoji: '🚀', people: [ada] },
    ]);
  });

  it('keeps a deleted comment emptied while later comments exist, and drops the rest', () => {
    const store = openStore();
    store.createThread('board', null, { ...comment('c1'), mentions: ['bo'] });
    store.addReply('c1', comment('c2', bo, 'two', 2_000));
    store.addReply('c1', comment('c3', ada, 'three', 3_000));
    store.react('c1', '👀', bo, 1);

    expect(store.delete('c1', 'c1', 9_000)).toEqual({ threadGone: false });
    expect(store.delete('c1', 'c2', 9_000)).toEqual({ threadGone: false });
    const kept = store.thread('board', 'c1');
    expect(kept?.comments.map((c) => [c.id, c.deleted, c.body])).toEqual([
      ['c1', true, ''],
      ['c2', true, ''],
      ['c3', false, 'three'],
    ]);
    expect(kept?.comments[0]).toMatchObject({ mentions: [], reactions: [] });
    expect(store.comment('board', 'c1')?.deleted).toBe(true);
    // Only deleted comments would remain: they go, and the thread with them.
    expect(store.delete('c1', 'c3', 9_000)).toEqual({ threadGone: true });
    expect(store.thread('board', 'c1')).toBeUndefined();
    expect(store.threads('board')).toEqual([]);
    expect(store.comment('board', 'c2')).toBeUndefined();
  });

  it('drops trailing deleted replies but keeps the comments before them', () => {
    const store = openStore();
    store.createThread('board', null, comment('c1'));
    store.addReply('c1', comment('c2', bo));
    expect(store.delete('c1', 'c2', 9_000)).toEqual({ threadGone: false });
    expect(store.thread('board', 'c1')?.comments.map((c) => c.id)).toEqual(['c1']);
    expect(store.participants('c1')).toEqual(['ada']);
  });
});
