import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { testContext } from '../../test/createTestBoard.js';
import { EVERY_OPERATION, prepareBoard } from '../../test/everyOperation.js';
import { expectRefused } from '../../test/expectRefused.js';
import { boardMaps } from './boardMaps.js';
import { initBoard } from '../board/initBoard.js';
import { readRoadmap } from '../roadmap/readRoadmap.js';
import { META_FIELDS, SCHEMA_VERSION } from './schema.js';

/** A prepared board whose schema version a newer client has raised, delivered as an update. */
function boardFromNewerClient(seed: number) {
  const board = prepareBoard(seed);
  const newer = new Y.Doc();
  Y.applyUpdate(newer, Y.encodeStateAsUpdate(board.doc));
  boardMaps(newer).meta.set(META_FIELDS.schemaVersion, SCHEMA_VERSION + 1);
  Y.applyUpdate(board.doc, Y.encodeStateAsUpdate(newer, Y.encodeStateVector(board.doc)));
  return board;
}

describe('the schema-version guard', () => {
  it.each(EVERY_OPERATION)('makes $name refuse a board of a newer schema', ({ run }) => {
    const board = boardFromNewerClient(1);
    expectRefused(board.doc, 'unsupported-schema', () => run(board, board.ctx));
  });

  it.each(EVERY_OPERATION)('lets $name write to a board of the current schema', ({ run }) => {
    const board = prepareBoard(1);
    const before = Y.encodeStateAsUpdate(board.doc);
    run(board, board.ctx);
    expect(Y.encodeStateAsUpdate(board.doc)).not.toEqual(before);
  });

  it('still lets a newer board be read', () => {
    const board = boardFromNewerClient(2);
    const view = readRoadmap(board.doc);
    expect(view.schemaVersion).toBe(SCHEMA_VERSION + 1);
    expect(view.items).toHaveLength(board.items.length);
  });

  it.each(EVERY_OPERATION)('makes $name refuse a document that is not a board', ({ run }) => {
    const board = { ...prepareBoard(3), doc: new Y.Doc() };
    expectRefused(board.doc, 'not-found', () => run(board, board.ctx));
  });

  it('refuses to initialise over a newer board', () => {
    const { doc } = boardFromNewerClient(4);
    expectRefused(doc, 'conflict', () =>
      initBoard(doc, { kind: 'roadmap', title: 'Again' }, testContext(4)),
    );
  });
});
