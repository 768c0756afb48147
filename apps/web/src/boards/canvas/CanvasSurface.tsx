import { CANVAS_LIMITS, DEFAULT_NOTE_SIZE, type CanvasItemView } from '@cairn/model';
import type { MouseEvent, RefObject } from 'react';
import { CanvasNote } from './CanvasNote';
import type { CanvasOperation } from './CanvasOperation';
import { clampCoordinate } from './nudgePosition';

interface CanvasSurfaceProps {
  readonly notes: readonly CanvasItemView[];
  readonly readOnly: boolean;
  readonly editingId: string | null;
  readonly perform: (operation: CanvasOperation) => string | null;
  readonly setEditing: (noteId: string | null) => void;
  /** Adds a note at a canvas position and opens its editor. */
  readonly addNoteAt: (x: number, y: number) => void;
  /** The scrolling viewport, so "Add note" can place notes where the person is looking. */
  readonly viewportRef: RefObject<HTMLDivElement | null>;
}

/** The surface spans every position a note may have, plus room for the largest note. */
const SURFACE_SIZE = CANVAS_LIMITS.maxCoordinate + CANVAS_LIMITS.maxNoteSize;

/**
 * The large scrollable surface the notes sit on, at their canvas positions (1 canvas pixel =
 * 1 CSS pixel). Double-clicking empty space adds a note centred there.
 */
export function CanvasSurface(props: CanvasSurfaceProps) {
  const { notes, readOnly, editingId, perform, setEditing, addNoteAt, viewportRef } = props;

  const onDoubleClick = (event: MouseEvent<HTMLDivElement>): void => {
    if (readOnly || event.target !== event.currentTarget) return;
    const rect = event.currentTarget.getBoundingClientRect();
    addNoteAt(
      clampCoordinate(event.clientX - rect.left - DEFAULT_NOTE_SIZE.width / 2),
      clampCoordinate(event.clientY - rect.top - DEFAULT_NOTE_SIZE.height / 2),
    );
  };

  return (
    <div
      ref={viewportRef}
      className="canvas-viewport"
      role="region"
      aria-label="Canvas"
      tabIndex={-1}
    >
      <div
        className="canvas-surface"
        data-testid="canvas-surface"
        style={{ width: SURFACE_SIZE, height: SURFACE_SIZE }}
        onDoubleClick={onDoubleClick}
      >
        {notes.map((note) => (
          <CanvasNote
            key={note.id}
            note={note}
            readOnly={readOnly}
            editing={editingId === note.id}
            perform={perform}
            setEditing={setEditing}
          />
        ))}
      </div>
    </div>
  );
}
