import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Db } from './Db.js';
import { openDatabase } from './openDatabase.js';
import { UpdateLog } from './UpdateLog.js';

const opened: { db: Db; dir: string }[] = [];
afterEach(() => {
  for (const { db, dir } of opened.splice(0)) {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

function openLog(): UpdateLog {
  const dir = mkdtempSync(join(tmpdir(), 'cairn-log-'));
  const db = openDatabase(dir, 'full');
  opened.push({ db, dir });
  return new UpdateLog(db, () => 0);
}

/** A replica whose every update goes into the log, as the persistence listener does. */
function loggedReplica(log: UpdateLog, name: string): Y.Doc {
  const doc = new Y.Doc();
  doc.on('update', (update: Uint8Array) => log.append(name, update));
  return doc;
}

function restore(log: UpdateLog, name: string): Y.Doc {
  const stored = log.load(name);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  stored.updates.forEach((update) => Y.applyUpdate(doc, update));
  return doc;
}

describe('UpdateLog', () => {
  it('loads exactly what was appended, in order', () => {
    const log = openLog();
    const doc = loggedReplica(log, 'board');
    doc.getMap('m').set('a', 1);
    doc.getMap('m').set('b', 2);
    const stored = log.load('board');
    expect(stored.snapshot).toBeNull();
    expect(stored.updates).toHaveLength(2);
    expect(restore(log, 'board').getMap('m').toJSON()).toEqual({ a: 1, b: 2 });
    expect(log.load('other').updates).toEqual([]);
  });

  it('compacts into a snapshot without losing updates from two live instances of one document', () => {
    // Regression: compaction used to snapshot one in-memory instance and delete the log up to
    // the last seq, dropping updates that a second instance had appended in between.
    const log = openLog();
    const first = loggedReplica(log, 'board');
    first.getMap('m').set('first', 1);
    const second = restore(log, 'board');
    second.on('update', (update: Uint8Array) => log.append('board', update));
    second.getMap('m').set('second', 2);
    first.getMap('m').set('late', 3);

    expect(log.compact('board')).toBeGreaterThan(0);
    const stored = log.load('board');
    expect(stored.updates).toEqual([]);
    expect(restore(log, 'board').getMap('m').toJSON()).toEqual({ first: 1, second: 2, late: 3 });
    expect(log.compact('board')).toBeNull();
  });

  it('keeps appending after a compaction', () => {
    const log = openLog();
    const doc = loggedReplica(log, 'board');
    doc.getArray('a').push(['x']);
    log.compact('board');
    doc.getArray('a').push(['y']);
    expect(log.load('board').updates).toHaveLength(1);
    expect(restore(log, 'board').getArray('a').toJSON()).toEqual(['x', 'y']);
  });

  it('garbage-collects deleted content when compacting', () => {
    const log = openLog();
    const doc = loggedReplica(log, 'board');
    const text = doc.getText('t');
    for (let round = 0; round < 200; round++) {
      text.insert(0, 'x'.repeat(100));
      text.delete(0, 100);
    }
    const logged = log.load('board').logBytes;
    const snapshotBytes = log.compact('board') ?? Infinity;
    expect(snapshotBytes).toBeLessThan(logged / 10);
  });
});
