/**
 * The child process of {@link ./ServerProcess.ts}: runs one server (Cairn, or a peer) alone in its
 * process, so its CPU, event-loop delay, memory and disk writes are its own and not the clients'.
 * Started with `--expose-gc`; answers the parent's requests over IPC.
 */
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startTestServer, type TestServer } from '@cairn/server/testing';
import { startHocuspocusSqliteServer } from '../peers/startHocuspocusSqliteServer.js';
import { startYWebsocketServer } from '../peers/startYWebsocketServer.js';
import type { ServerKind, ServerReady, ServerRequest, ServerStats } from './ServerProcess.js';

/** What every kind of server offers the parent. */
interface Running {
  readonly ready: ServerReady;
  loadedDocuments(): readonly string[];
  /** Kind-specific storage figures (bytes handed to storage, by what). */
  storage(): Promise<Record<string, number>>;
  metricsText(): Promise<string>;
  stop(): Promise<void>;
}

function writeBytes(): number {
  const match = /^write_bytes: (\d+)$/m.exec(readFileSync('/proc/self/io', 'utf8'));
  return match ? Number(match[1]) : Number.NaN;
}

async function startCairn(options: Record<string, string>): Promise<Running> {
  const { dataDir, ...given } = options;
  // BENCH_CAIRN_ENV='{"CAIRN_…":"…"}' runs Cairn with other settings, for an A/B of a setting.
  const variables = { ...given, ...(JSON.parse(process.env['BENCH_CAIRN_ENV'] ?? '{}') as object) };
  const server: TestServer = await startTestServer({ variables, ...(dataDir ? { dataDir } : {}) });
  const counter = async (name: string) => {
    const metric = await server.server.metrics.registry.getSingleMetric(name)?.get();
    return (metric?.values ?? []).reduce((sum, { value }) => sum + value, 0);
  };
  return {
    ready: {
      wsUrl: server.wsUrl,
      url: server.url,
      adminToken: server.token('admin', 'Bench admin'),
      editorToken: server.token('editor', 'Bench editor'),
    },
    // Documents still unloading count as held: a load racing an unload is not a cold load.
    loadedDocuments: () => [
      ...server.server.hocuspocus.documents.keys(),
      ...server.server.hocuspocus.unloadingDocuments.keys(),
    ],
    storage: async () => ({
      updateBytes: await counter('cairn_update_bytes_total'),
      snapshotBytes: await counter('cairn_snapshot_bytes_total'),
      compactions: await counter('cairn_compactions_total'),
    }),
    metricsText: () => server.server.metrics.registry.metrics(),
    stop: () => server.stop(),
  };
}

async function start(kind: ServerKind, options: Record<string, string>): Promise<Running> {
  switch (kind) {
    case 'cairn':
      return startCairn(options);
    case 'y-websocket': {
      const server = await startYWebsocketServer();
      return {
        ready: { wsUrl: server.wsUrl },
        loadedDocuments: () => server.loadedDocuments(),
        storage: async () => ({}),
        metricsText: async () => '',
        stop: () => server.stop(),
      };
    }
    case 'hocuspocus-sqlite': {
      const server = await startHocuspocusSqliteServer(options['database'] ?? ':memory:');
      return {
        ready: { wsUrl: server.wsUrl },
        loadedDocuments: () => server.loadedDocuments(),
        storage: async () => ({ storedBytes: server.storedBytes(), stores: server.stores() }),
        metricsText: async () => '',
        stop: () => server.stop(),
      };
    }
  }
}

const send = (message: unknown) => process.send?.(message);
const kind = process.argv[2] as ServerKind;
const options = JSON.parse(process.argv[3] ?? '{}') as Record<string, string>;
const running = await start(kind, options);
const loop = monitorEventLoopDelay({ resolution: 10 });
let since = { cpu: process.cpuUsage(), wall: performance.now(), written: writeBytes() };

async function answer(request: ServerRequest): Promise<unknown> {
  switch (request.op) {
    case 'statsStart':
      loop.reset();
      loop.enable();
      since = { cpu: process.cpuUsage(), wall: performance.now(), written: writeBytes() };
      return null;
    case 'stats': {
      const cpu = process.cpuUsage(since.cpu);
      const memory = process.memoryUsage();
      const stats: ServerStats = {
        cpuSeconds: (cpu.user + cpu.system) / 1e6,
        wallSeconds: (performance.now() - since.wall) / 1000,
        loopP50Ms: loop.percentile(50) / 1e6,
        loopP99Ms: loop.percentile(99) / 1e6,
        loopMaxMs: loop.max / 1e6,
        rssBytes: memory.rss,
        heapUsedBytes: memory.heapUsed,
        writtenBytes: writeBytes() - since.written,
        storage: await running.storage(),
      };
      return stats;
    }
    case 'memoryAfterGc': {
      const gc = (globalThis as { gc?: () => void }).gc;
      if (!gc) throw new Error('The server process needs --expose-gc.');
      for (let round = 0; round < 3; round++) {
        gc();
        await new Promise((resolve) => setImmediate(resolve));
      }
      const { heapUsed, arrayBuffers } = process.memoryUsage();
      return heapUsed + arrayBuffers;
    }
    case 'loadedDocuments':
      return running.loadedDocuments();
    case 'metrics':
      return running.metricsText();
    case 'stop':
      await running.stop();
      loop.disable();
      setImmediate(() => process.exit(0));
      return null;
  }
}

process.on('message', (request: ServerRequest) => {
  answer(request).then(
    (result) => send({ id: request.id, result }),
    (error: unknown) => send({ id: request.id, error: String(error) }),
  );
});
send({ ready: running.ready });
