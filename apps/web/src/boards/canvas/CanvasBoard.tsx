import { addNote, readCanvas, SCHEMA_VERSION } from '@cairn/model';
import { useCallback, useMemo, useRef, useState } from 'react';
import { ShareDialog } from '../../share/ShareDialog';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import type { BoardProps } from '../BoardProps';
import { NewerSchemaNotice } from '../NewerSchemaNotice';
import { useBoardOperation } from '../useBoardOperation';
import { useDocView } from '../useDocView';
import { CanvasHeader } from './CanvasHeader';
import type { CanvasOperation } from './CanvasOperation';
import { CanvasSurface } from './CanvasSurface';
import { clampCoordinate } from './nudgePosition';
import { CanvasViewToggle, type CanvasView } from './whiteboard/CanvasViewToggle';
import { LazyWhiteboardView } from './whiteboard/LazyWhiteboardView';
import './canvas.css';

/** Text of a note just added, selected in its editor so typing replaces it. */
const NEW_NOTE_TEXT = 'New note';

/** Where "Add note" puts a note: this far into the visible area, cascading so notes do not hide each other. */
const ADD_INSET_PX = 40;
const CASCADE_STEP_PX = 24;
const CASCADE_LENGTH = 8;

/** A synced canvas board: sticky notes on a large surface, live for everyone on the board. */
export function CanvasBoard({
  boardId,
  doc,
  status,
  presence,
  awareness,
  stateless,
  me,
  readOnly: roleReadOnly,
}: BoardProps) {
  const view = useDocView(doc, readCanvas);
  const [error, setError] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [sharing, setSharing] = useState(false);
  // Notes first: the whiteboard is the first slice of issue 4 and loads tldraw on demand.
  const [canvasView, setCanvasView] = useState<CanvasView>('notes');
  const viewportRef = useRef<HTMLDivElement>(null);
  const title = view?.title ?? '';
  // A board written by a newer Cairn must not be written by this one (the model refuses too).
  const newerSchema = (view?.schemaVersion ?? 0) > SCHEMA_VERSION;
  const readOnly = roleReadOnly || newerSchema;

  useDocumentTitle(title);

  const session = useMemo(
    () => ({ boardId, doc, me, awareness, stateless, readOnly }),
    [boardId, doc, me, awareness, stateless, readOnly],
  );

  const attempt = useBoardOperation(doc, me.id);
  const perform = useCallback(
    (operation: CanvasOperation) => {
      const message = attempt(operation);
      if (message !== null) setError(message);
      return message;
    },
    [attempt],
  );

  const { setEditing: publishEditing } = presence;
  const setEditing = useCallback(
    (noteId: string | null) => {
      setEditingId(noteId);
      publishEditing(noteId);
    },
    [publishEditing],
  );

  const addNoteAt = useCallback(
    (x: number, y: number) => {
      const added: { id: string | null } = { id: null };
      perform((target, context) => {
        added.id = addNote(target, { title: NEW_NOTE_TEXT, position: { x, y } }, context);
      });
      if (added.id !== null) setEditing(added.id);
    },
    [perform, setEditing],
  );

  const count = view?.items.length ?? 0;
  const addNoteInView = useCallback(() => {
    const viewport = viewportRef.current;
    const cascade = (count % CASCADE_LENGTH) * CASCADE_STEP_PX;
    addNoteAt(
      clampCoordinate((viewport?.scrollLeft ?? 0) + ADD_INSET_PX + cascade),
      clampCoordinate((viewport?.scrollTop ?? 0) + ADD_INSET_PX + cascade),
    );
  }, [addNoteAt, count]);

  if (!view) return null;

  return (
    <main className="board-page canvas-page" data-board-id={boardId}>
      <CanvasHeader
        title={view.title}
        readOnly={readOnly}
        status={status}
        peers={presence.peers}
        perform={perform}
        onAddNote={readOnly ? null : addNoteInView}
        onShare={me.role === 'admin' ? () => setSharing(true) : null}
      />
      {newerSchema && <NewerSchemaNotice />}
      {error !== null && <ErrorBanner message={error} onDismiss={() => setError(null)} />}
      <CanvasViewToggle current={canvasView} onChange={setCanvasView} />
      {canvasView === 'whiteboard' ? (
        <LazyWhiteboardView session={session} />
      ) : (
        <>
          {!readOnly && (
            <p className="canvas-page__hint">
              Double-click empty space to add a note. Drag notes to move them, or focus one and use
              the arrow keys.
            </p>
          )}
          <CanvasSurface
            notes={view.items}
            readOnly={readOnly}
            editingId={editingId}
            perform={perform}
            setEditing={setEditing}
            addNoteAt={addNoteAt}
            viewportRef={viewportRef}
          />
        </>
      )}
      {sharing && <ShareDialog boardId={boardId} onClose={() => setSharing(false)} />}
    </main>
  );
}
