import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSeededEnv } from '../../testing/index.js';
import { EVERY_OPERATION, prepareBoard } from '../../test/everyOperation.js';
import { initBoard } from '../board/initBoard.js';
import { isTransactionOrigin, type TransactionOrigin } from './TransactionOrigin.js';

const ORIGINS: readonly TransactionOrigin[] = [
  { kind: 'local-user', userId: 'ada' },
  { kind: 'api', actorId: 'token-7' },
  { kind: 'import', source: 'roadmap.csv' },
  { kind: 'migration', fromVersion: 0 },
];

/** Origins of every transaction `doc` runs while `operation` does, and of each update it emits. */
function recordTransactions(doc: Y.Doc, operation: () => unknown) {
  const transactions: unknown[] = [];
  const updates: unknown[] = [];
  const onTransaction = (transaction: Y.Transaction) => transactions.push(transaction.origin);
  const onUpdate = (_: Uint8Array, origin: unknown) => updates.push(origin);
  doc.on('afterTransaction', onTransaction);
  doc.on('update', onUpdate);
  try {
    operation();
  } finally {
    doc.off('afterTransaction', onTransaction);
    doc.off('update', onUpdate);
  }
  return { transactions, updates };
}

describe('transactions', () => {
  describe.each(ORIGINS)('with origin $kind', (origin) => {
    it.each(EVERY_OPERATION)(
      '$name runs as exactly one transaction with that origin',
      ({ run }) => {
        const board = prepareBoard(1);
        const ctx = { origin, env: createSeededEnv(2) };
        const recorded = recordTransactions(board.doc, () => run(board, ctx));
        expect(recorded.transactions).toHaveLength(1);
        expect(recorded.transactions[0]).toBe(origin);
        expect(recorded.updates).toEqual([origin]);
      },
    );

    it('initBoard runs as exactly one transaction with that origin', () => {
      const doc = new Y.Doc();
      const ctx = { origin, env: createSeededEnv(3) };
      const recorded = recordTransactions(doc, () =>
        initBoard(doc, { kind: 'roadmap', title: 'B', lanes: ['A', 'B'] }, ctx),
      );
      expect(recorded.transactions).toEqual([origin]);
      expect(recorded.updates).toEqual([origin]);
    });
  });
});

describe('isTransactionOrigin', () => {
  it.each(ORIGINS)('accepts an origin of kind $kind', (origin) => {
    expect(isTransactionOrigin(origin)).toBe(true);
  });

  it.each([null, undefined, 'local-user', 42, {}, { kind: 'server' }, new Y.Doc()])(
    'refuses %s',
    (value) => {
      expect(isTransactionOrigin(value)).toBe(false);
    },
  );
});
