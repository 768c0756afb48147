import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createTestBoard, testContext } from '../../test/createTestBoard.js';
import { expectRefused } from '../../test/expectRefused.js';
import { boardMaps } from '../core/boardMaps.js';
import type { OperationContext } from '../core/OperationContext.js';
import { META_FIELDS, SCHEMA_VERSION } from '../core/schema.js';
import { addCompetitor, deleteCompetitor, updateCompetitor } from './competitorOperations.js';
import { addGoal, deleteGoal, updateGoal } from './goalOperations.js';
import { addKeyResult, deleteKeyResult, updateKeyResult } from './keyResultOperations.js';
import { moveStrategyItem } from './moveStrategyItem.js';
import { setPositioning, setVision } from './statementOperations.js';

interface Prepared {
  readonly doc: Y.Doc;
  readonly goal: string;
  readonly keyResult: string;
  readonly competitor: string;
}

function prepare(): Prepared {
  const { doc, ctx } = createTestBoard(1, { kind: 'strategy' });
  const goal = addGoal(doc, { title: 'G' }, ctx);
  const keyResult = addKeyResult(doc, goal, { name: 'm', target: 1 }, ctx);
  const competitor = addCompetitor(doc, { title: 'C' }, ctx);
  return { doc, goal, keyResult, competitor };
}

const OPERATIONS: ReadonlyArray<{
  readonly name: string;
  readonly run: (board: Prepared, ctx: OperationContext) => unknown;
}> = [
  { name: 'setVision', run: ({ doc }, ctx) => setVision(doc, 'v', ctx) },
  { name: 'setPositioning', run: ({ doc }, ctx) => setPositioning(doc, { for: 'f' }, ctx) },
  {
    name: 'addGoal',
    run: ({ doc }, ctx) =>
      addGoal(doc, { title: 'g', keyResults: [{ name: 'm', target: 2 }] }, ctx),
  },
  {
    name: 'updateGoal',
    run: ({ doc, goal }, ctx) => updateGoal(doc, goal, { title: 'g2', keyResults: [] }, ctx),
  },
  { name: 'deleteGoal', run: ({ doc, goal }, ctx) => deleteGoal(doc, goal, ctx) },
  { name: 'moveStrategyItem', run: ({ doc, goal }, ctx) => moveStrategyItem(doc, goal, 0, ctx) },
  {
    name: 'addKeyResult',
    run: ({ doc, goal }, ctx) => addKeyResult(doc, goal, { name: 'n', target: 1 }, ctx),
  },
  {
    name: 'updateKeyResult',
    run: ({ doc, goal, keyResult }, ctx) =>
      updateKeyResult(doc, goal, keyResult, { current: 1 }, ctx),
  },
  {
    name: 'deleteKeyResult',
    run: ({ doc, goal, keyResult }, ctx) => deleteKeyResult(doc, goal, keyResult, ctx),
  },
  {
    name: 'addCompetitor',
    run: ({ doc }, ctx) => addCompetitor(doc, { title: 'c', strengths: ['s'] }, ctx),
  },
  {
    name: 'updateCompetitor',
    run: ({ doc, competitor }, ctx) =>
      updateCompetitor(doc, competitor, { weaknesses: ['w'] }, ctx),
  },
  {
    name: 'deleteCompetitor',
    run: ({ doc, competitor }, ctx) => deleteCompetitor(doc, competitor, ctx),
  },
];

describe('strategy operations', () => {
  it.each(OPERATIONS)('$name runs as exactly one transaction with its origin', ({ run }) => {
    const board = prepare();
    const ctx = testContext(2, { kind: 'api', actorId: 'token-1' });
    const origins: unknown[] = [];
    const record = (transaction: Y.Transaction) => origins.push(transaction.origin);
    board.doc.on('afterTransaction', record);
    run(board, ctx);
    board.doc.off('afterTransaction', record);
    expect(origins).toEqual([ctx.origin]);
  });

  it.each(OPERATIONS)('$name refuses a board of a newer schema', ({ run }) => {
    const board = prepare();
    board.doc.transact(() =>
      boardMaps(board.doc).meta.set(META_FIELDS.schemaVersion, SCHEMA_VERSION + 1),
    );
    expectRefused(board.doc, 'unsupported-schema', () => run(board, testContext(3)));
  });
});
