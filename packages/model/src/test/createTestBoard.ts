import * as Y from 'yjs';
import { initBoard, type NewBoard } from '../lib/board/initBoard.js';
import type { OperationContext } from '../lib/core/OperationContext.js';
import type { TransactionOrigin } from '../lib/core/TransactionOrigin.js';
import { createSeededEnv, seededRandom, SimulatedNetwork } from '../testing/index.js';

/** The origin unit tests act with unless a test is about origins. */
export const TEST_ORIGIN: TransactionOrigin = { kind: 'local-user', userId: 'tester' };

/** A context with a seeded clock and randomness. */
export function testContext(
  seed: number,
  origin: TransactionOrigin = TEST_ORIGIN,
): OperationContext {
  return { origin, env: createSeededEnv(seed) };
}

/** A board document and the context that initialised it. */
export interface TestBoard {
  readonly doc: Y.Doc;
  readonly ctx: OperationContext;
}

/** A new document initialised as a roadmap, with `board` overriding title and lanes. */
export function createTestBoard(seed = 1, board: Partial<NewBoard> = {}): TestBoard {
  const doc = new Y.Doc();
  const ctx = testContext(seed);
  initBoard(doc, { kind: 'roadmap', title: 'Test board', ...board }, ctx);
  return { doc, ctx };
}

/** Replicas of one board on a simulated network, each with its own seeded context. */
export interface TestReplicas {
  readonly network: SimulatedNetwork;
  readonly replicas: readonly Y.Doc[];
  readonly contexts: readonly OperationContext[];
}

/**
 * `count` replicas that all start from the same initialised board: replica 0 initialises it and
 * every replica receives that state before the test acts. Client ids are fixed (Yjs draws them
 * from Math.random otherwise), so a seed replays the same concurrent merges.
 */
export function createTestReplicas(
  count: number,
  seed: number,
  board: Partial<NewBoard> = {},
): TestReplicas {
  const network = new SimulatedNetwork(count, seededRandom(seed));
  network.replicas.forEach((doc, index) => {
    doc.clientID = index + 1;
  });
  const contexts = network.replicas.map((_, index) => testContext(seed + index + 1));
  const [first] = network.replicas;
  const [firstContext] = contexts;
  if (!first || !firstContext) throw new Error('A simulated board needs at least one replica.');
  initBoard(first, { kind: 'roadmap', title: 'Test board', ...board }, firstContext);
  network.deliverAll();
  return { network, replicas: network.replicas, contexts };
}
