import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { BoardIndex } from '../storage/BoardIndex.js';
import type { Db } from '../storage/Db.js';
import { openDatabase } from '../storage/openDatabase.js';
import { ActivityStore } from './ActivityStore.js';
import { FollowStore } from './FollowStore.js';
import { INBOX_RETENTION_MS, InboxHousekeeping } from './InboxHousekeeping.js';
import { InboxStore } from './InboxStore.js';

const DAY = 24 * 60 * 60 * 1000;
const opened: { db: Db; dir: string }[] = [];
afterEach(() => {
  for (const { db, dir } of opened.splice(0)) {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

function openStores() {
  const dir = mkdtempSync(join(tmpdir(), 'cairn-housekeeping-'));
  const db = openDatabase(dir, 'normal');
  opened.push({ db, dir });
  new BoardIndex(db).add({ id: 'b1', kind: 'roadmap', title: 'Plan', createdAt: 0, updatedAt: 0 });
  let next = 0;
  return {
    activity: new ActivityStore(db),
    follows: new FollowStore(db),
    inbox: new InboxStore(db, () => `n_${++next}`),
  };
}

function mention(commentId: string, createdAt: number) {
  return {
    person: 'ada',
    kind: 'mention' as const,
    boardId: 'b1',
    threadId: 't1',
    commentId,
    by: { id: 'bo', name: 'Bo' },
    excerpt: commentId,
    createdAt,
  };
}

describe('InboxHousekeeping', () => {
  it('forgets activity and read items past 90 days, keeps unread ones and what is recent', () => {
    const { activity, follows, inbox } = openStores();
    const clock = { now: 0 };
    follows.follow('ada', 'b1');
    activity.addEdits('b1', 'bo', 'Bo', 4, 1 * DAY);
    inbox.add([mention('old-read', 1 * DAY)]);
    inbox.add([mention('old-unread', 1 * DAY)]);
    inbox.markRead('ada', ['n_1'], 2 * DAY);
    activity.addEdits('b1', 'bo', 'Bo', 2, 95 * DAY);
    inbox.add([mention('recent-read', 95 * DAY)]);
    inbox.markRead('ada', ['n_3'], 95 * DAY);

    clock.now = 2 * DAY + INBOX_RETENTION_MS + 1;
    const housekeeping = new InboxHousekeeping(
      activity,
      inbox,
      () => clock.now,
      pino({ level: 'silent' }),
    );
    expect(housekeeping.prune()).toEqual({ activity: 1, inbox: 1 });

    expect(activity.sinceLastVisit('ada').map((change) => change.edits)).toEqual([2]);
    const left = inbox.list('ada', ['b1']).items.map((item) => item.excerpt);
    expect(left.sort()).toEqual(['old-unread', 'recent-read']);
  });
});
