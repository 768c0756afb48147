import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createTestBoard, testContext } from '../../test/createTestBoard.js';
import { expectRefused } from '../../test/expectRefused.js';
import { boardMaps } from '../core/boardMaps.js';
import type { OperationContext } from '../core/OperationContext.js';
import { META_FIELDS, SCHEMA_VERSION } from '../core/schema.js';
import { addPersona, deletePersona, movePersona, updatePersona } from './personaOperations.js';
import { addQuote, deleteQuote, updateQuote } from './quoteOperations.js';

interface Prepared {
  readonly doc: Y.Doc;
  readonly persona: string;
  readonly quote: string;
}

function prepare(): Prepared {
  const { doc, ctx } = createTestBoard(1, { kind: 'personas' });
  const persona = addPersona(doc, { title: 'P' }, ctx);
  addPersona(doc, { title: 'Q' }, ctx);
  const quote = addQuote(doc, persona, { text: 'q' }, ctx);
  return { doc, persona, quote };
}

const OPERATIONS: ReadonlyArray<{
  readonly name: string;
  readonly run: (board: Prepared, ctx: OperationContext) => unknown;
}> = [
  {
    name: 'addPersona',
    run: ({ doc }, ctx) =>
      addPersona(doc, { title: 'N', pains: ['p'], quotes: [{ text: 'q' }] }, ctx),
  },
  {
    name: 'updatePersona',
    run: ({ doc, persona }, ctx) =>
      updatePersona(doc, persona, { role: 'r', goals: ['g'], description: 'd' }, ctx),
  },
  { name: 'movePersona', run: ({ doc, persona }, ctx) => movePersona(doc, persona, 1, ctx) },
  { name: 'deletePersona', run: ({ doc, persona }, ctx) => deletePersona(doc, persona, ctx) },
  { name: 'addQuote', run: ({ doc, persona }, ctx) => addQuote(doc, persona, { text: 't' }, ctx) },
  {
    name: 'updateQuote',
    run: ({ doc, persona, quote }, ctx) => updateQuote(doc, persona, quote, { source: 's' }, ctx),
  },
  {
    name: 'deleteQuote',
    run: ({ doc, persona, quote }, ctx) => deleteQuote(doc, persona, quote, ctx),
  },
];

describe('persona operations', () => {
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
