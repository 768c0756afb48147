import * as Y from 'yjs';

/**
 * How long a burst of the person's own transactions merges into one undo step. Named operations
 * from the board pages are already one step each (see useBoardOperation: it ends the step after
 * every operation); this window merges only transactions made elsewhere in quick succession.
 */
export const UNDO_CAPTURE_MS = 500;

/**
 * One person's undo history of one board document. Scoped to the whole document (every root
 * type of every structured kind, including ones created later, such as a roadmap's first
 * release), and tracking only `origin`, the person's own transaction origin
 * (localUserContext): what other people, the server, the REST API or the offline cache write
 * never enters it, and undo reverts only this person's changes, leaving later remote edits in
 * place. Rich text is edited with its own origin and keeps its own undo inside the editor.
 */
export function createBoardUndoManager(doc: Y.Doc, origin: object): Y.UndoManager {
  return new Y.UndoManager(doc, {
    trackedOrigins: new Set([origin]),
    captureTimeout: UNDO_CAPTURE_MS,
  });
}
