import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../testing/openTestDatabase.js';
import { UpdateLog } from '../storage/UpdateLog.js';
import { GroupCommit } from './GroupCommit.js';

const opened: TestDatabase[] = [];
afterEach(() => {
  for (const database of opened.splice(0)) database.close();
});

/** `durable` as the test lets it: each flush waits until the test ends it. */
function controlledFlushes() {
  const flushes: (() => void)[] = [];
  const durable = () => new Promise<void>((resolve) => flushes.push(resolve));
  return { flushes, durable };
}

function setUp(durable: () => Promise<void> = () => Promise.resolve()) {
  const database = openTestDatabase();
  opened.push(database);
  const log = new UpdateLog(database.db, () => 0);
  let transactions = 0;
  const group = new GroupCommit(
    log,
    (work) => {
      transactions++;
      database.db.transaction(work)();
    },
    durable,
    pino({ level: 'silent' }),
  );
  return { log, group, transactions: () => transactions };
}

const update = (byte: number) => Uint8Array.from([byte]);
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('GroupCommit', () => {
  it('commits the updates of one turn in one transaction, then releases who waited', async () => {
    const { log, group, transactions } = setUp();
    const released: number[] = [];
    for (let byte = 1; byte <= 3; byte++) {
      group.append('board', update(byte));
      group.afterCommit(() => released.push(byte));
    }
    expect(released).toEqual([]);
    expect(group.queued).toBe(3);
    await nextTurn();
    expect(released).toEqual([1, 2, 3]);
    expect(transactions()).toBe(1);
    expect(log.load('board').updates).toEqual([update(1), update(2), update(3)]);
  });

  it('releases who waited only once the group is flushed to disk, also who asks after the commit', async () => {
    const { flushes, durable } = controlledFlushes();
    const { log, group } = setUp(durable);
    const released: string[] = [];
    group.append('board', update(1));
    group.afterCommit(() => released.push('queued'));
    await nextTurn();
    // Committed (readable) but not yet on disk.
    expect(log.load('board').updates).toEqual([update(1)]);
    group.afterCommit(() => released.push('after the commit'));
    await nextTurn();
    expect(released).toEqual([]);
    flushes[0]?.();
    await nextTurn();
    expect(released).toEqual(['queued', 'after the commit']);
    group.afterCommit(() => released.push('nothing pending'));
    expect(released).toContain('nothing pending');
  });

  it('commits what is queued with an update that must be durable at once', async () => {
    const { log, group, transactions } = setUp();
    let released = false;
    group.append('board', update(1));
    group.afterCommit(() => (released = true));
    group.appendNow('board', update(2));
    await nextTurn();
    expect(released).toBe(true);
    expect(transactions()).toBe(1);
    expect(log.load('board').updates).toEqual([update(1), update(2)]);
  });

  it('keeps the queue and holds everyone when a commit fails, and retries', async () => {
    const database = openTestDatabase();
    opened.push(database);
    const log = new UpdateLog(database.db, () => 0);
    let failing = true;
    const group = new GroupCommit(
      log,
      (work) => {
        if (failing) throw new Error('disk full');
        database.db.transaction(work)();
      },
      () => Promise.resolve(),
      pino({ level: 'silent' }),
    );
    let released = false;
    group.append('board', update(1));
    group.afterCommit(() => (released = true));
    await nextTurn();
    expect(released).toBe(false);
    expect(group.queued).toBe(1);
    failing = false;
    group.commitNow();
    await nextTurn();
    expect(released).toBe(true);
    expect(log.load('board').updates).toEqual([update(1)]);
  });

  it('after stop, commits every update at once', () => {
    const { log, group } = setUp();
    group.append('board', update(1));
    group.stop();
    expect(group.queued).toBe(0);
    group.append('board', update(2));
    expect(group.queued).toBe(0);
    expect(log.load('board').updates).toEqual([update(1), update(2)]);
  });
});
