import * as Y from 'yjs';
import { readBoard, type BoardView } from '../board/readBoard.js';
import { assertWritable, boardMaps } from '../core/boardMaps.js';
import type { OperationContext } from '../core/OperationContext.js';
import { FACILITATION } from '../facilitation/facilitationSchema.js';
import { syncDocument } from './syncDocument.js';

/** A fresh document holding `state` (a `Y.encodeStateAsUpdate` of a board, as versions store it). */
export function documentOfState(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

/** The board as `state` holds it; never throws on foreign data (see readBoard). */
export function readBoardState(state: Uint8Array): BoardView {
  const doc = documentOfState(state);
  try {
    return readBoard(doc);
  } finally {
    doc.destroy();
  }
}

/**
 * Makes `doc` hold the board as `state` had it (a roll-back to a version, or the content of a
 * copy), as one named operation writing only the differences (see syncDocument). The
 * facilitation state of a canvas (timer, votes, facilitators) is the server's and stays as it is:
 * a version does not bring back a vote whose ballots are gone. Refused (ModelError
 * 'unsupported-schema') on a board written by a newer Cairn, like every operation.
 */
export function restoreBoardState(doc: Y.Doc, state: Uint8Array, ctx: OperationContext): void {
  // An empty document (the copy being made) has no schema yet; the state brings it.
  if (boardMaps(doc).meta.size > 0) assertWritable(boardMaps(doc));
  const source = documentOfState(state);
  try {
    assertWritable(boardMaps(source));
    syncDocument(doc, source, ctx.origin, { keepRoots: [FACILITATION] });
  } finally {
    source.destroy();
  }
}
