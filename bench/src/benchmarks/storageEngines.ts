import { addItem, systemEnv, type OperationContext } from '@cairn/model';
import { startPostgres } from '@cairn/server/testing';
import type { Benchmark, BenchmarkRow } from '../lib/Benchmark.js';
import { benchSize } from '../lib/benchSize.js';
import { createBoards } from '../lib/createBoards.js';
import { RawSyncClient } from '../lib/RawSyncClient.js';
import { addRoadmapItems } from '../lib/roadmapItems.js';
import { ServerProcess } from '../lib/ServerProcess.js';
import { percentile } from '../lib/statistics.js';
import { hocuspocusWire } from '../lib/SyncWire.js';
import { untilUnloaded } from '../lib/untilUnloaded.js';

const CLIENTS = benchSize('ENGINES_CLIENTS', 10);
const EDITS = benchSize('ENGINES_EDITS', 100);
const ITEMS = benchSize('ENGINES_ITEMS', 2_000);
const LOADS = benchSize('ENGINES_LOADS', 10);

const AS_BENCH: OperationContext = {
  origin: { kind: 'local-user', userId: 'bench' },
  env: systemEnv,
};

/** What one engine measured. */
interface EngineRun {
  /** From a client's edit to the server's acknowledgement (the update committed), each edit. */
  readonly ackMs: readonly number[];
  /** Cold loads of the big roadmap: socket opening to the server's sync step 2. */
  readonly loadMs: readonly number[];
  readonly cpuSeconds: number;
}

/**
 * `CLIENTS` people edit at once, each on a board of their own, each edit waiting for its
 * acknowledgement before the next; then a roadmap of `ITEMS` items is opened cold `LOADS` times.
 */
async function measure(server: ServerProcess, log: (line: string) => void): Promise<EngineRun> {
  const { url = '', adminToken = '', editorToken = '', wsUrl } = server.ready;
  const wire = hocuspocusWire(wsUrl, editorToken);
  const boards = await createBoards(url, adminToken, 'roadmap', CLIENTS + 1);
  const big = boards[CLIENTS] ?? '';
  const seeder = new RawSyncClient(wire, big);
  await seeder.synced();
  addRoadmapItems(seeder.doc, ITEMS);
  await seeder.acknowledged();
  await seeder.close();

  log(`${CLIENTS} people × ${EDITS} acknowledged edits`);
  await server.statsStart();
  const ackMs: number[] = [];
  await Promise.all(
    boards.slice(0, CLIENTS).map(async (board, person) => {
      const client = new RawSyncClient(wire, board);
      await client.synced();
      for (let edit = 0; edit < EDITS; edit++) {
        const started = performance.now();
        addItem(client.doc, { title: `Edit ${edit} by person ${person}` }, AS_BENCH);
        await client.acknowledged();
        ackMs.push(performance.now() - started);
      }
      await client.close();
    }),
  );
  const { cpuSeconds } = await server.stats();

  log(`${LOADS} cold loads of a ${ITEMS}-item roadmap`);
  const loadMs: number[] = [];
  for (let load = 0; load < LOADS; load++) {
    await untilUnloaded(server, big);
    const reader = new RawSyncClient(wire, big);
    try {
      await reader.synced();
      loadMs.push(reader.firstStep2At - reader.openedAt);
    } finally {
      await reader.close();
    }
  }
  return { ackMs, loadMs, cpuSeconds };
}

function row(measure: string, unit: string, cairn: number, peer: number): BenchmarkRow {
  return { measure, unit, cairn, peer, below: null };
}

/** Issue 7, scale-out: what PostgreSQL costs against the default SQLite, same server, same load. */
export const storageEngines: Benchmark = {
  id: 'storage-engines',
  title: 'Cairn on PostgreSQL against Cairn on SQLite',
  method:
    `The same Cairn server (its own process) twice: with \`DATABASE_URL\` on a PostgreSQL 15 of ` +
    `Debian's packages started for the run on loopback (fsync and synchronous commit on, as ` +
    `installed), and on its default SQLite (WAL flushed to disk before every acknowledgement, the peer). ${CLIENTS} clients ` +
    `(raw Hocuspocus sync clients) each edit a roadmap of their own at once, ${EDITS} edits each, ` +
    `every edit waiting for the server's acknowledgement (sent once the update is committed) ` +
    `before the next: **edit → acknowledged** is that wait. Then a roadmap of ` +
    `${ITEMS.toLocaleString('en-US')} items is opened ${LOADS} times, each after the server ` +
    `unloaded it: **cold load** is from the socket opening to the server's sync step 2. Server CPU ` +
    `is the process's user + system time during the edits. No targets: the figures say what ` +
    `PostgreSQL costs; several processes share it (docs/deploy.md).`,
  run: async ({ log }) => {
    log('starting PostgreSQL');
    const postgres = await startPostgres();
    try {
      const onPostgres = await ServerProcess.start('cairn', {
        DATABASE_URL: await postgres.createDatabase(),
      });
      let cairn: EngineRun;
      try {
        cairn = await measure(onPostgres, log);
      } finally {
        await onPostgres.stop();
      }
      const onSqlite = await ServerProcess.start('cairn');
      let peer: EngineRun;
      try {
        peer = await measure(onSqlite, log);
      } finally {
        await onSqlite.stop();
      }
      return {
        peer: 'the same server on SQLite',
        rows: [
          row(
            'edit → acknowledged, p50',
            'ms',
            percentile(cairn.ackMs, 50),
            percentile(peer.ackMs, 50),
          ),
          row(
            'edit → acknowledged, p99',
            'ms',
            percentile(cairn.ackMs, 99),
            percentile(peer.ackMs, 99),
          ),
          row('server CPU during the edits', 's', cairn.cpuSeconds, peer.cpuSeconds),
          row(
            `cold load of ${ITEMS} items, p50`,
            'ms',
            percentile(cairn.loadMs, 50),
            percentile(peer.loadMs, 50),
          ),
          row(
            `cold load of ${ITEMS} items, worst`,
            'ms',
            Math.max(...cairn.loadMs),
            Math.max(...peer.loadMs),
          ),
        ],
        notes: [],
      };
    } finally {
      postgres.stop();
    }
  },
};
