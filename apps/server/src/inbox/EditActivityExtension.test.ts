import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { afterLoadDocumentPayload, onChangePayload } from '@hocuspocus/server';
import { afterEach, describe, expect, it } from 'vitest';
import type { Identity } from '../auth/Identity.js';
import { BoardIndex } from '../storage/BoardIndex.js';
import type { Db } from '../storage/Db.js';
import { openDatabase } from '../storage/openDatabase.js';
import { ActivityStore } from './ActivityStore.js';
import { EDIT_WINDOW_MS, EditActivityExtension } from './EditActivityExtension.js';
import { FollowStore } from './FollowStore.js';

const opened: { db: Db; dir: string }[] = [];
afterEach(() => {
  for (const { db, dir } of opened.splice(0)) {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

function user(id: string): Identity {
  return { id, name: id.toUpperCase(), kind: 'token', role: 'editor', credentials: {} };
}

/** The fields of a Hocuspocus hook payload this extension reads. */
function change(board: string, context: unknown, transactionOrigin: unknown = null) {
  return { documentName: board, context, transactionOrigin } as onChangePayload;
}

function setUp() {
  const dir = mkdtempSync(join(tmpdir(), 'cairn-edits-'));
  const db = openDatabase(dir, 'normal');
  opened.push({ db, dir });
  const boards = new BoardIndex(db);
  boards.add({ id: 'b1', kind: 'roadmap', title: 'B1', createdAt: 0, updatedAt: 0 });
  const activity = new ActivityStore(db);
  const follows = new FollowStore(db);
  const clock = { now: 0 };
  const extension = new EditActivityExtension(
    activity,
    follows,
    (id) => boards.has(id),
    () => clock.now,
  );
  const writes = () =>
    (db.prepare('SELECT COUNT(*) AS n FROM board_activity').get() as { n: number }).n;
  follows.follow('watcher', 'b1');
  return { extension, activity, follows, clock, writes };
}

describe('EditActivityExtension', () => {
  it('gathers a person’s edits and writes them once per window, or when flushed', async () => {
    const { extension, activity, clock, writes } = setUp();
    for (let i = 0; i < 50; i++) {
      clock.now = i * 100;
      await extension.onChange(change('b1', { user: user('ada'), role: 'editor' }));
    }
    expect(writes()).toBe(0);
    clock.now = EDIT_WINDOW_MS;
    await extension.onChange(change('b1', { user: user('ada'), role: 'editor' }));
    expect(writes()).toBe(1);
    clock.now = EDIT_WINDOW_MS + 1;
    await extension.onChange(change('b1', {}, { kind: 'api', actorId: 'bo' }));
    await extension.onChange(change('b1', {}, { kind: 'migration', fromVersion: 0 }));
    await extension.onChange(change('b1', {}));
    extension.flush('b1');
    expect(writes()).toBe(2);
    expect(activity.sinceLastVisit('watcher')).toEqual([
      expect.objectContaining({ personId: 'ada', personName: 'ADA', edits: 51 }),
      expect.objectContaining({ personId: 'bo', personName: null, edits: 1 }),
    ]);
  });

  it('makes the creator of a board not yet listed follow it', async () => {
    const { extension, follows } = setUp();
    const load = (board: string, who: string) =>
      extension.afterLoadDocument({
        documentName: board,
        context: { user: user(who), role: 'admin' },
      } as afterLoadDocumentPayload);
    await load('new-board', 'ada');
    await load('b1', 'bo');
    expect(follows.isFollowing('ada', 'new-board')).toBe(true);
    expect(follows.isFollowing('bo', 'b1')).toBe(false);
  });
});
