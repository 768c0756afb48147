import type * as Y from 'yjs';
import { boardMaps } from '../core/boardMaps.js';
import { ModelError } from '../core/ModelError.js';
import type { OperationContext } from '../core/OperationContext.js';
import { LIMITS, META_FIELDS, SCHEMA_VERSION } from '../core/schema.js';
import { validateText } from '../core/validateText.js';
import { prepareCanvas, type NewCanvas } from '../canvas/prepareCanvas.js';
import { prepareLaunch, type NewLaunch } from '../launch/prepareLaunch.js';
import { preparePersonas, type NewPersonas } from '../personas/preparePersonas.js';
import { prepareRoadmap, type NewRoadmap } from '../roadmap/prepareRoadmap.js';
import { prepareStrategy, type NewStrategy } from '../strategy/prepareStrategy.js';

/** What a new board starts with: a kind, a title, and that kind's own options. */
export type NewBoard = NewRoadmap | NewStrategy | NewPersonas | NewLaunch | NewCanvas;

function prepareKind(doc: Y.Doc, board: NewBoard, ctx: OperationContext): () => void {
  switch (board.kind) {
    case 'roadmap':
      return prepareRoadmap(doc, board, ctx);
    case 'strategy':
      return prepareStrategy(doc, board, ctx);
    case 'personas':
      return preparePersonas(doc, board, ctx);
    case 'launch':
      return prepareLaunch(doc, board, ctx);
    case 'canvas':
      return prepareCanvas(doc, board, ctx);
  }
}

/**
 * Writes the skeleton of a new board into an empty document, in one transaction: the meta fields
 * every board has, then what its kind starts with. Everything is validated before anything is
 * written. Only the server calls this, once, when a board is created, so two replicas never
 * initialise the same document concurrently.
 */
export function initBoard(doc: Y.Doc, board: NewBoard, ctx: OperationContext): void {
  const { meta } = boardMaps(doc);
  if (meta.has(META_FIELDS.schemaVersion)) {
    throw new ModelError('conflict', 'This document is already a board.');
  }
  const title = validateText('Title', board.title, LIMITS.titleLength);
  const writeKind = prepareKind(doc, board, ctx);
  doc.transact(() => {
    meta.set(META_FIELDS.schemaVersion, SCHEMA_VERSION);
    meta.set(META_FIELDS.kind, board.kind);
    meta.set(META_FIELDS.title, title);
    meta.set(META_FIELDS.createdAt, ctx.env.now());
    writeKind();
  }, ctx.origin);
}
