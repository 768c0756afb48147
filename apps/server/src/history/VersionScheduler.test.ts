import { addItem, initBoard, ModelError, systemEnv, type OperationContext } from '@cairn/model';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BoardService } from '../boards/BoardService.js';
import { openTestDatabase, type TestDatabase } from '../testing/openTestDatabase.js';
import { createHistoryServices } from './createHistoryServices.js';

const DAY = 24 * 60 * 60 * 1000;
const opened: TestDatabase[] = [];
afterEach(() => opened.splice(0).forEach((database) => database.close()));

/** Boards held in memory, read the way BoardService reads them (only `read` is needed here). */
function boardsOf(docs: Map<string, Y.Doc>): BoardService {
  return {
    read: async <T>(id: string, _actor: unknown, read: (doc: Y.Doc) => T): Promise<T> => {
      const doc = docs.get(id);
      if (!doc) throw new ModelError('not-found', `No board ${id}.`);
      return read(doc);
    },
  } as unknown as BoardService;
}

function setUp() {
  const database = openTestDatabase();
  opened.push(database);
  const clock = { now: Date.UTC(2026, 0, 5, 12) };
  const env = { ...systemEnv, now: () => clock.now };
  const ticks: (() => void)[] = [];
  let stopped = false;
  const history = createHistoryServices(database.db, env, pino({ level: 'silent' }), {
    timer: (tick) => {
      ticks.push(tick);
      return () => (stopped = true);
    },
  });
  const doc = new Y.Doc();
  const ctx: OperationContext = { origin: { kind: 'local-user', userId: 'u' }, env };
  initBoard(doc, { kind: 'roadmap', title: 'Plan' }, ctx);
  history.start(boardsOf(new Map([['b1', doc]])));
  return { history, clock, ticks, doc, ctx, stopped: () => stopped };
}

describe('VersionScheduler', () => {
  it('takes a version on a tick once the schedule is due and the board changed', async () => {
    const { history, clock, ticks, doc, ctx } = setUp();
    expect(ticks).toHaveLength(1);
    const person = { id: 'u_1', name: 'Pat', kind: 'user' as const, role: null, credentials: {} };
    history.versions.setSchedule('b1', 'week', person);
    expect(await history.scheduler.runDue()).toBe(0);
    clock.now += 7 * DAY;
    // The first check of a board without versions takes one.
    expect(await history.scheduler.runDue()).toBe(1);
    clock.now += 7 * DAY;
    expect(await history.scheduler.runDue()).toBe(0);
    addItem(doc, { title: 'New' }, ctx);
    clock.now += 7 * DAY;
    ticks[0]?.();
    // The tick's run is queued; this one runs after it and finds nothing more due.
    expect(await history.scheduler.runDue()).toBe(0);
    const versions = history.versions.list('b1');
    expect(versions.map((version) => version.name)).toEqual([
      'Automatic – 2026-01-26',
      'Automatic – 2026-01-12',
    ]);
    expect(versions.every((version) => version.scheduled && version.author.name === 'Pat')).toBe(
      true,
    );
  });

  it('runs one check per due schedule even when runs overlap', async () => {
    const { history, clock } = setUp();
    const person = { id: 'u_1', name: 'Pat', kind: 'user' as const, role: null, credentials: {} };
    history.versions.setSchedule('b1', 'day', person);
    clock.now += DAY;
    const counts = await Promise.all([history.scheduler.runDue(), history.scheduler.runDue()]);
    expect(counts.sort()).toEqual([0, 1]);
    expect(history.versions.list('b1')).toHaveLength(1);
  });

  it('drops the schedule of a board that no longer exists, and stops its timer', async () => {
    const { history, clock, stopped } = setUp();
    const person = { id: 'u_1', name: 'Pat', kind: 'user' as const, role: null, credentials: {} };
    history.versions.setSchedule('gone', 'day', person);
    clock.now += DAY;
    expect(await history.scheduler.runDue()).toBe(0);
    expect(history.versions.schedule('gone')).toBeNull();
    history.stop();
    expect(stopped()).toBe(true);
  });
});
