import { createKeyValueRecordMap } from '@cairn/canvas';
import { deleteNote, readCanvas, systemEnv, type OperationContext } from '@cairn/model';
import type { Editor } from 'tldraw';
import type * as Y from 'yjs';
import { attemptOperation } from '../../../attemptOperation';
import { noteShapeId, noteToShape } from './noteToShape';

/**
 * One pass of moving the canvas's Cairn notes into tldraw stickies; safe to run any number of
 * times, by any number of people at once.
 *
 * A note without its sticky gets one (out of the person's undo history: they did not draw it).
 * A note is deleted only once its sticky is in the Yjs document, not merely in the store, since
 * the binding writes the store's changes a frame later: a tab closed in between loses nothing,
 * and the binding's write is itself the document update that triggers the pass that deletes.
 * Returns the refusal message when something failed, or null.
 */
export function migrateNotes(editor: Editor, doc: Y.Doc): string | null {
  const { items: notes, schemaVersion } = readCanvas(doc);
  if (notes.length === 0) return null;
  const records = createKeyValueRecordMap(doc);
  return attemptOperation(() => {
    const missing = notes.filter((note) => editor.getShape(noteShapeId(note.id)) === undefined);
    // The first page, not the current one, so every client puts a note on the same page.
    const pageId = editor.getPages()[0]?.id;
    if (missing.length > 0 && pageId !== undefined) {
      editor.run(() => editor.createShapes(missing.map((note) => noteToShape(note, pageId))), {
        history: 'ignore',
      });
    }
    const migrated = notes.filter((note) => records.get(noteShapeId(note.id)) !== undefined);
    if (migrated.length === 0) return;
    const ctx: OperationContext = {
      origin: { kind: 'migration', fromVersion: schemaVersion },
      env: systemEnv,
    };
    // Nested transactions join the outer one: every deletion of this pass is one update.
    doc.transact(() => {
      for (const note of migrated) deleteNote(doc, note.id, ctx);
    }, ctx.origin);
  });
}
