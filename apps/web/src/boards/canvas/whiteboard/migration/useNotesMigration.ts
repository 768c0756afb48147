import { useEffect } from 'react';
import type { Editor } from 'tldraw';
import type { WhiteboardSession } from '../WhiteboardSession';
import { migrateNotes } from './migrateNotes';

/**
 * Turns the board's Cairn notes (older boards, and notes the REST API still adds) into tldraw
 * stickies and deletes the notes: on mount and after every document update, for as long as the
 * editor lives. Only people who can edit migrate; a reader sees the stickies once an editor has
 * had the board open. It waits until the whole whiteboard has loaded.
 */
export function useNotesMigration(editor: Editor | null, session: WhiteboardSession): void {
  const { doc, readOnly, loading } = session;
  useEffect(() => {
    // A sticky still loading would look missing, and be made again over the one in the document.
    if (editor === null || readOnly || loading) return undefined;
    let scheduled = false;
    let stopped = false;
    const run = () => {
      scheduled = false;
      // tldraw disposes of the editor when it unmounts, which can precede this cleanup.
      if (stopped || editor.isDisposed) return;
      const refusal = migrateNotes(editor, doc);
      if (refusal !== null) console.warn(`Could not move notes onto the whiteboard: ${refusal}`);
    };
    // Once the update's transaction is over (never inside Yjs's own events), once per tick.
    const schedule = () => {
      if (scheduled) return;
      scheduled = true;
      queueMicrotask(run);
    };
    schedule();
    doc.on('update', schedule);
    return () => {
      stopped = true;
      doc.off('update', schedule);
    };
  }, [editor, doc, readOnly, loading]);
}
