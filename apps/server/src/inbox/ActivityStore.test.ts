import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BoardIndex } from '../storage/BoardIndex.js';
import type { Db } from '../storage/Db.js';
import { openDatabase } from '../storage/openDatabase.js';
import { ActivityStore } from './ActivityStore.js';
import { FollowStore } from './FollowStore.js';

const opened: { db: Db; dir: string }[] = [];
afterEach(() => {
  for (const { db, dir } of opened.splice(0)) {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

function openStores(): { activity: ActivityStore; follows: FollowStore } {
  const dir = mkdtempSync(join(tmpdir(), 'cairn-activity-'));
  const db = openDatabase(dir, 'normal');
  opened.push({ db, dir });
  const boards = new BoardIndex(db);
  for (const id of ['b1', 'b2']) {
    boards.add({ id, kind: 'canvas', title: `Board ${id}`, createdAt: 0, updatedAt: 0 });
  }
  return { activity: new ActivityStore(db), follows: new FollowStore(db) };
}

describe('ActivityStore and FollowStore', () => {
  it('counts what others did on followed boards since the last visit', () => {
    const { activity, follows } = openStores();
    activity.addEdits('b1', 'bo', 'Bo', 5, 100);
    follows.follow('ada', 'b1');
    // Before the follow: not news.
    expect(activity.sinceLastVisit('ada')).toEqual([]);
    activity.addEdits('b1', 'bo', null, 3, 200);
    activity.addComment('b1', 'bo', 'Bo', 250);
    activity.addEdits('b1', 'ada', 'Ada', 9, 260);
    activity.addEdits('b1', 'cy', null, 1, 270);
    activity.addEdits('b2', 'bo', 'Bo', 1, 300);
    expect(activity.sinceLastVisit('ada')).toEqual([
      {
        boardId: 'b1',
        title: 'Board b1',
        kind: 'canvas',
        lastVisitAt: null,
        personId: 'bo',
        personName: 'Bo',
        edits: 3,
        comments: 1,
        lastAt: 250,
      },
      expect.objectContaining({ personId: 'cy', personName: null, edits: 1, lastAt: 270 }),
    ]);
    follows.visit('ada', 'b1', 1_000);
    expect(activity.sinceLastVisit('ada')).toEqual([]);
    activity.addEdits('b1', 'bo', null, 2, 1_000);
    expect(activity.sinceLastVisit('ada')).toEqual([
      expect.objectContaining({ personId: 'bo', edits: 2, comments: 0, lastVisitAt: 1_000 }),
    ]);
  });

  it('auto-follows unless the person unfollowed, and keeps visits of unfollowed boards', () => {
    const { follows } = openStores();
    follows.visit('ada', 'b1', 1);
    expect(follows.isFollowing('ada', 'b1')).toBe(false);
    follows.autoFollow('ada', 'b1');
    expect(follows.isFollowing('ada', 'b1')).toBe(true);
    follows.unfollow('ada', 'b1');
    follows.autoFollow('ada', 'b1');
    expect(follows.isFollowing('ada', 'b1')).toBe(false);
    follows.follow('ada', 'b1');
    expect(follows.isFollowing('ada', 'b1')).toBe(true);
    follows.autoFollow('bo', 'b2');
    expect(follows.isFollowing('bo', 'b2')).toBe(true);
  });
});
