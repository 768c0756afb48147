import { describe, expect, it } from 'vitest';
import type { Thread } from '../api/commentTypes';
import {
  applyCommentsMessage,
  countOpenThreads,
  parseCommentsMessage,
  replayMissed,
} from './threadList';

function thread(id: string, createdAt: number, patch: Partial<Thread> = {}): Thread {
  return {
    id,
    boardId: 'b1',
    anchor: { type: 'item', id: 'i1' },
    resolved: false,
    resolvedBy: null,
    resolvedAt: null,
    createdAt,
    comments: [
      {
        id,
        author: { id: 'u_1', name: 'Mia' },
        body: 'hello',
        mentions: [],
        createdAt,
        editedAt: null,
        deleted: false,
        reactions: [],
      },
    ],
    ...patch,
  };
}

describe('parseCommentsMessage', () => {
  it('reads threads and deletions and ignores other payloads', () => {
    const t = thread('c_1', 1);
    expect(parseCommentsMessage(JSON.stringify({ type: 'comments', thread: t }))).toEqual({
      type: 'thread',
      thread: t,
    });
    expect(parseCommentsMessage('{"type":"comments","deletedThread":"c_1"}')).toEqual({
      type: 'deleted',
      threadId: 'c_1',
    });
    expect(parseCommentsMessage('{"type":"summon","x":1}')).toBeNull();
    expect(parseCommentsMessage('not json')).toBeNull();
    expect(parseCommentsMessage('{"type":"comments","thread":{"id":1}}')).toBeNull();
  });
});

describe('applyCommentsMessage', () => {
  const first = thread('c_1', 1);
  const second = thread('c_2', 2);

  it('adds new threads in creation order and replaces known ones', () => {
    const added = applyCommentsMessage([second], { type: 'thread', thread: first });
    expect(added.map((t) => t.id)).toEqual(['c_1', 'c_2']);
    const resolved = thread('c_1', 1, { resolved: true });
    const replaced = applyCommentsMessage(added, { type: 'thread', thread: resolved });
    expect(replaced).toEqual([resolved, second]);
    expect(added[0]).toBe(first);
  });

  it('removes deleted threads and ignores unknown deletions', () => {
    const threads = [first, second];
    expect(applyCommentsMessage(threads, { type: 'deleted', threadId: 'c_1' })).toEqual([second]);
    expect(applyCommentsMessage(threads, { type: 'deleted', threadId: 'c_9' })).toBe(threads);
  });

  it('converges whatever order one thread’s updates arrive in after a deletion', () => {
    const deleted = applyCommentsMessage([first], { type: 'deleted', threadId: 'c_1' });
    expect(applyCommentsMessage(deleted, { type: 'deleted', threadId: 'c_1' })).toEqual([]);
  });
});

describe('replayMissed', () => {
  it('brings a list fetched before live messages up to date, and leaves a newer one alone', () => {
    const first = thread('c_1', 1);
    const resolved = thread('c_1', 1, { resolved: true });
    const added = thread('c_2', 2);
    const missed = [
      { type: 'thread', thread: resolved },
      { type: 'thread', thread: added },
      { type: 'deleted', threadId: 'c_3' },
    ] as const;
    expect(replayMissed([first, thread('c_3', 3)], missed)).toEqual([resolved, added]);
    expect(replayMissed([resolved, added], missed)).toEqual([resolved, added]);
  });
});

describe('countOpenThreads', () => {
  it('counts unresolved threads per anchor', () => {
    const counts = countOpenThreads([
      thread('c_1', 1),
      thread('c_2', 2),
      thread('c_3', 3, { resolved: true }),
      thread('c_4', 4, { anchor: null }),
      thread('c_5', 5, { anchor: { type: 'shape', id: 'shape:a' } }),
    ]);
    expect(Object.fromEntries(counts)).toEqual({ 'item:i1': 2, board: 1, 'shape:shape:a': 1 });
  });
});
