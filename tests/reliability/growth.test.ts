import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addItem, deleteItem, systemEnv, type OperationContext } from '@cairn/model';
import { startTestServer } from '@cairn/server/testing';
import { describe, expect, it } from 'vitest';
import { encodeStateAsUpdate } from 'yjs';
import { api } from '../support/api.js';
import { syncStep1Frame } from '../support/collabFrames.js';
import { connectProvider } from '../support/connectProvider.js';
import { forceGc, settledHeapBytes } from '../support/forceGc.js';
import { openRawCollabSocket } from '../support/rawCollabSocket.js';
import { reportReliability, sized } from '../support/reliability.js';
import { useTestServer } from '../support/useTestServer.js';

const CYCLES = sized(5_000, 100_000);
const DOCUMENTS = sized(500, 10_000);
/** Per test: the full size runs for minutes on this 2-core machine. */
const TIMEOUT_MS = sized(120_000, 1_200_000);
/** Cycles between waits for the server's acknowledgement. */
const CYCLES_PER_ACK = 250;

const asClient: OperationContext = {
  origin: { kind: 'local-user', userId: 'growth' },
  env: systemEnv,
};

const figures: Parameters<typeof reportReliability>[0]['figures'][number][] = [];
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

function report(): void {
  if (figures.length < 2) return;
  reportReliability({
    id: 'growth',
    title: '7. Growth',
    method: `${CYCLES.toLocaleString('en')} create/delete cycles of a roadmap item through an official provider (acknowledged every ${CYCLES_PER_ACK}; the per-socket message rate lifted for this bulk writer), then the server is stopped and restarted over the same data directory and the board is loaded cold (from SQLite) by GET /api/boards/:id. Then ${DOCUMENTS.toLocaleString('en')} boards are made, each opened and closed by a raw socket (authenticate, sync step 1, close); the server must unload them all, and the heap (measured in the test process, which runs the server, after forced collections: gc() enabled at run time with v8.setFlagsFromString) must come back within 10% of where it was before the opens.`,
    figures,
  });
}

describe('growth', () => {
  it(
    `${CYCLES} create/delete cycles, then the board loads cold in under 1 s`,
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'cairn-growth-'));
      try {
        // One provider sends as fast as the server acknowledges: lift the per-socket message rate,
        // which is there for people, not for this bulk writer.
        const variables = { CAIRN_MESSAGES_PER_SECOND: '1000000', CAIRN_MESSAGE_BURST: '1000000' };
        let server = await startTestServer({ dataDir, variables });
        const admin = server.token('admin');
        const board = await api<{ id: string }>(server.url, admin, 'POST', '/api/boards', {
          title: 'Churn',
          kind: 'roadmap',
        });
        const client = connectProvider(server.wsUrl, board.body.id, server.token('editor'));
        await client.synced();
        const started = performance.now();
        for (let cycle = 0; cycle < CYCLES; cycle++) {
          const id = addItem(client.doc, { title: `Item ${cycle}` }, asClient);
          deleteItem(client.doc, id, asClient);
          if (cycle % CYCLES_PER_ACK === CYCLES_PER_ACK - 1) await client.acknowledged();
        }
        await client.acknowledged();
        const churnSeconds = (performance.now() - started) / 1000;
        client.destroy();
        await server.stop();

        server = await startTestServer({ dataDir, variables });
        const loadStarted = performance.now();
        const loaded = await api<{ items: unknown[] }>(
          server.url,
          server.token('viewer'),
          'GET',
          `/api/boards/${board.body.id}`,
        );
        const loadMs = performance.now() - loadStarted;
        const stored = server.server.hocuspocus.documents.get(board.body.id);
        const documentBytes = stored ? encodeStateAsUpdate(stored).byteLength : 0;
        await server.stop();

        expect(loaded.status).toBe(200);
        expect(loaded.body.items).toEqual([]);
        expect(loadMs).toBeLessThan(1000);
        figures.push(
          {
            measure: 'create/delete cycles',
            value: `${CYCLES.toLocaleString('en')} in ${churnSeconds.toFixed(1)} s (${(CYCLES / churnSeconds).toFixed(0)}/s)`,
          },
          {
            measure: 'cold load of the board afterwards',
            value: `${loadMs.toFixed(0)} ms (document ${mb(documentBytes)})`,
            target: '< 1 s',
            pass: loadMs < 1000,
          },
        );
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    TIMEOUT_MS,
  );

  it(
    `${DOCUMENTS} documents opened and closed are all unloaded, heap back within 10%`,
    async () => {
      const gc = forceGc();
      const server = await useTestServer({ variables: { CAIRN_UNLOAD_DELAY_MS: '500' } });
      const admin = server.token('admin');
      const ids: string[] = [];
      for (let index = 0; index < DOCUMENTS; index++) {
        const created = await api<{ id: string }>(server.url, admin, 'POST', '/api/boards', {
          title: `Board ${index}`,
          kind: index % 2 === 0 ? 'roadmap' : 'canvas',
        });
        ids.push(created.body.id);
      }
      const { hocuspocus } = server.server;
      const waitUnloaded = async (what: string) => {
        const deadline = Date.now() + 15_000;
        while (hocuspocus.getDocumentsCount() > 0 && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        expect(hocuspocus.getDocumentsCount(), what).toBe(0);
      };
      await waitUnloaded('documents left after creating the boards');
      // One warm-up round, so lazily built caches count in the baseline, not as growth.
      await openAndClose(server.wsUrl, admin, ids.slice(0, 50));
      await waitUnloaded('documents left after the warm-up');
      const heapBefore = await settledHeapBytes(gc);

      const started = performance.now();
      let mostLoaded = 0;
      const watch = setInterval(() => {
        mostLoaded = Math.max(mostLoaded, hocuspocus.getDocumentsCount());
      }, 20);
      await openAndClose(server.wsUrl, admin, ids);
      clearInterval(watch);
      const openSeconds = (performance.now() - started) / 1000;
      const unloadStarted = performance.now();
      await waitUnloaded('documents left in memory after every socket closed');
      const unloadMs = performance.now() - unloadStarted;
      const heapAfter = await settledHeapBytes(gc);
      const growth = (heapAfter - heapBefore) / heapBefore;

      expect(growth).toBeLessThan(0.1);
      figures.push(
        {
          measure: 'documents opened and closed',
          value: `${DOCUMENTS.toLocaleString('en')} in ${openSeconds.toFixed(1)} s (at most ${mostLoaded} loaded at once)`,
        },
        {
          measure: 'documents in memory afterwards',
          value: `0 (all unloaded ${unloadMs.toFixed(0)} ms after the last close; unload delay 500 ms)`,
          target: '0',
          pass: true,
        },
        {
          measure: 'heap after GC, before → after',
          value: `${mb(heapBefore)} → ${mb(heapAfter)} (${(growth * 100).toFixed(1)}%)`,
          target: '< +10%',
          pass: growth < 0.1,
        },
      );
      report();
    },
    TIMEOUT_MS,
  );
});

/** Opens each board on its own raw socket (authenticate, sync step 1), then closes it; 16 at a time. */
async function openAndClose(wsUrl: string, token: string, ids: readonly string[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next++] ?? '';
      const socket = await openRawCollabSocket(wsUrl);
      const answer = await socket.authenticate(id, token);
      expect(answer.type).toBe('authenticated');
      const state = socket.next((message) => message.type === 'sync');
      socket.send(syncStep1Frame(id, new Uint8Array([0])));
      await state;
      socket.close();
      await socket.closed;
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
}
