import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../testing/openTestDatabase.js';
import { UpdateLog } from '../storage/UpdateLog.js';
import { GroupCommit } from './GroupCommit.js';

const opened: TestDatabase[] = [];
afterEach(() => {
  for (const database of opened.splice(0)) database.close();
});

function setUp() {
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

  it('commits what is queued with an update that must be durable at once', () => {
    const { log, group, transactions } = setUp();
    let released = false;
    group.append('board', update(1));
    group.afterCommit(() => (released = true));
    group.appendNow('board', update(2));
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
