import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as pause } from 'node:timers/promises';
import { addItem, systemEnv, type OperationContext } from '@cairn/model';
import { seededRandom } from '@cairn/model/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { AcknowledgedEdits } from '../support/AcknowledgedEdits.js';
import { api } from '../support/api.js';
import { connectProvider, type TestClient } from '../support/connectProvider.js';
import { reportReliability, sized } from '../support/reliability.js';
import { spawnServer, type SpawnedServer } from '../support/spawnServer.js';
import { storedTitles } from '../support/storedTitles.js';

/**
 * Part 3: a real server process (`node apps/server/dist/main.js`) killed with SIGKILL, and
 * stopped with SIGTERM, while two boards take 50 edits a second over WebSocket and REST. After
 * every restart, and before any client reconnects (a client would re-send what the server lost
 * and hide it), every acknowledged edit must be in what the server loads from its database.
 */

const KILLS = sized(3, 20);
const TERMS = sized(3, 20);
const EDITS_PER_SECOND = 50;
const BOARDS = 2;
/** Share of edits made over REST rather than through a provider. */
const REST_SHARE = 0.2;
const SEED = Number(process.env.KILL_SEED ?? 20_261_203);

const asUser: OperationContext = {
  origin: { kind: 'local-user', userId: 'kill-tester' },
  env: systemEnv,
};

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** What one server life ends with. */
interface Life {
  readonly signal: NodeJS.Signals;
  readonly exitCode: number | null;
  /** Edits sent and still unanswered when the signal went: they may or may not survive. */
  readonly inFlight: number;
  readonly restartMs: number;
}

describe('kill: no acknowledged edit is lost when the server dies', () => {
  it(`keeps every acknowledged edit across ${KILLS} SIGKILLs and ${TERMS} SIGTERMs under ${EDITS_PER_SECOND} edits/s`, async () => {
    const random = seededRandom(SEED);
    const dataDir = mkdtempSync(join(tmpdir(), 'cairn-kill-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const started = async (): Promise<{ server: SpawnedServer; ms: number }> => {
      const at = performance.now();
      const server = await spawnServer(dataDir);
      cleanups.push(() => server.stop('SIGKILL'));
      return { server, ms: performance.now() - at };
    };
    let { server } = await started();
    const boardIds: string[] = [];
    for (let board = 0; board < BOARDS; board++) {
      const created = await api<{ id: string }>(
        server.url,
        server.adminToken,
        'POST',
        '/api/boards',
        { title: `Kill ${board}`, kind: 'roadmap' },
      );
      expect(created.status).toBe(201);
      boardIds.push(created.body.id);
    }
    const edits = new AcknowledgedEdits();
    const signals: NodeJS.Signals[] = [
      ...Array<NodeJS.Signals>(KILLS).fill('SIGKILL'),
      ...Array<NodeJS.Signals>(TERMS).fill('SIGTERM'),
    ];
    // Interleaved, in a seeded order, so graceful stops follow crashes and the other way round.
    signals.sort(() => random() - 0.5);
    const lives: Life[] = [];
    const lost: string[] = [];
    let sent = 0;
    let editingMs = 0;
    for (const [life, signal] of signals.entries()) {
      const clients: TestClient[] = [];
      const unfollow: (() => void)[] = [];
      for (const boardId of boardIds) {
        const client = connectProvider(server.wsUrl, boardId, server.adminToken);
        cleanups.push(() => client.destroy());
        unfollow.push(edits.follow(client));
        await client.synced();
        clients.push(client);
      }
      // 0.2 to 1.2 s of edits at the set pace, then the signal, mid-stream.
      const count = 10 + Math.floor(random() * 50);
      const startedAt = performance.now();
      for (let edit = 0; edit < count; edit++) {
        // The load's pace (50 a second), not a wait for an event. The signal follows the last
        // edit at once, so it lands with edits in flight.
        const due = startedAt + (edit * 1000) / EDITS_PER_SECOND;
        await pause(Math.max(0, due - performance.now()));
        const board = Math.floor(random() * BOARDS);
        const title = `life ${life} edit ${edit}`;
        if (random() < REST_SHARE) {
          const boardId = boardIds[board] ?? '';
          const path = `/api/boards/${boardId}/items`;
          const write = api(server.url, server.adminToken, 'POST', path, { title });
          edits.sentByRest(
            title,
            write.then((response) => response.status),
          );
        } else {
          const client = clients[board];
          if (!client) throw new Error(`No client for board ${board}.`);
          addItem(client.doc, { title }, asUser);
          edits.sentBySocket(client, title);
        }
        sent += 1;
      }
      editingMs += performance.now() - startedAt + 1000 / EDITS_PER_SECOND;
      const inFlight = edits.unansweredSocketEdits;
      const exitCode = await server.stop(signal);
      await edits.restSettled();
      for (const stop of unfollow) stop();
      for (const client of clients) client.destroy();
      const restarted = await started();
      server = restarted.server;
      lives.push({ signal, exitCode, inFlight, restartMs: restarted.ms });
      // Read before any client reconnects: a client would re-send what the server lost.
      const stored = new Set<string>();
      for (const boardId of boardIds) {
        for (const title of await storedTitles(server.url, server.adminToken, boardId)) {
          stored.add(title);
        }
      }
      for (const title of edits.acknowledged) if (!stored.has(title)) lost.push(title);
      if (lost.length > 0) {
        console.error(
          `KILL_SEED=${SEED}: after ${signal} of life ${life}, lost ${lost.length}: ${lost.slice(0, 10).join(', ')}`,
        );
        break;
      }
    }

    const kills = lives.filter((life) => life.signal === 'SIGKILL');
    const terms = lives.filter((life) => life.signal === 'SIGTERM');
    const rate = sent / (editingMs / 1000);
    const restartMs = lives.map((life) => life.restartMs).sort((a, b) => a - b);
    const median = restartMs[Math.floor(restartMs.length / 2)] ?? 0;
    reportReliability({
      id: 'kill',
      title: '3. SIGKILL and SIGTERM under load',
      method:
        `\`tests/reliability/kill.test.ts\` runs the built server as its own process over one data directory and stops it ${KILLS} times with SIGKILL and ${TERMS} times with SIGTERM, in a seeded order (KILL_SEED=${SEED}), each after 0.2–1.2 s of edits at ${EDITS_PER_SECOND}/s over ${BOARDS} boards (${Math.round((1 - REST_SHARE) * 100)}% \`addItem\` through a Hocuspocus provider, ${Math.round(REST_SHARE * 100)}% \`POST /api/boards/:id/items\`). ` +
        'An edit is acknowledged when its provider reports no unsynced changes after it, or when its REST write is answered 2xx. After each restart, before any client reconnects, the boards are read back over REST and must hold every edit acknowledged so far.',
      figures: [
        {
          measure: 'SIGKILLs',
          value: String(kills.length),
          target: String(KILLS),
          pass: kills.length === KILLS,
        },
        {
          measure: 'SIGTERMs, exit code 0',
          value: `${terms.filter((life) => life.exitCode === 0).length} of ${terms.length}`,
          target: String(TERMS),
          pass: terms.length === TERMS && terms.every((life) => life.exitCode === 0),
        },
        { measure: 'edits sent', value: sent.toLocaleString('en') },
        { measure: 'edit rate achieved', value: `${rate.toFixed(1)}/s`, target: '50/s' },
        { measure: 'edits acknowledged', value: edits.acknowledged.size.toLocaleString('en') },
        {
          measure: 'socket edits unanswered when the signal went (may be lost)',
          value: lives.reduce((sum, life) => sum + life.inFlight, 0).toLocaleString('en'),
        },
        {
          measure: 'acknowledged edits lost',
          value: String(lost.length),
          target: '0',
          pass: lost.length === 0,
        },
        { measure: 'restart to listening, median', value: `${Math.round(median)} ms` },
      ],
    });
    expect(lost).toEqual([]);
    expect(kills.map((life) => life.exitCode)).toEqual(Array(KILLS).fill(null));
    expect(terms.map((life) => life.exitCode)).toEqual(Array(TERMS).fill(0));
    expect(edits.acknowledged.size).toBeGreaterThan(sent / 2);
  });
});
