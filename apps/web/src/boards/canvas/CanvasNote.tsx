import {
  deleteNote,
  moveNote,
  NOTE_COLORS,
  updateNote,
  type CanvasItemView,
  type NoteColor,
} from '@cairn/model';
import { useId, useRef, type KeyboardEvent } from 'react';
import { Icon } from '../../ui/Icon';
import type { CanvasOperation } from './CanvasOperation';
import { NOTE_COLOR_LABEL } from './noteColorLabel';
import { NoteTextEditor } from './NoteTextEditor';
import { nudgePosition, offsetPosition } from './nudgePosition';
import { useNoteDrag } from './useNoteDrag';

interface CanvasNoteProps {
  readonly note: CanvasItemView;
  readonly readOnly: boolean;
  readonly editing: boolean;
  readonly perform: (operation: CanvasOperation) => string | null;
  readonly setEditing: (noteId: string | null) => void;
}

/**
 * One sticky note at its position. Focus it and use the arrow keys to move it (Shift for long
 * steps), Enter to edit its text; drag it with the pointer; pick a color or delete it with the
 * controls on it. Its text is always rendered as text, never as HTML.
 */
export function CanvasNote({ note, readOnly, editing, perform, setEditing }: CanvasNoteProps) {
  const hintId = useId();
  const ref = useRef<HTMLElement>(null);
  const drag = useNoteDrag(note, !readOnly && !editing, (position) => {
    perform((doc, ctx) => moveNote(doc, note.id, position, ctx));
  });
  const shown = drag.offset ? offsetPosition(note, drag.offset.dx, drag.offset.dy) : note;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (readOnly || event.target !== event.currentTarget) return;
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      setEditing(note.id);
      return;
    }
    const position = nudgePosition(note, event.key, event.shiftKey);
    if (!position) return;
    event.preventDefault();
    perform((doc, ctx) => moveNote(doc, note.id, position, ctx));
  };

  const closeEditor = (): void => {
    setEditing(null);
    ref.current?.focus();
  };

  return (
    <article
      ref={ref}
      className={`canvas-note canvas-note--${note.color}${drag.offset ? ' canvas-note--dragging' : ''}`}
      data-testid="canvas-note"
      data-note-id={note.id}
      style={{ left: shown.x, top: shown.y, width: note.width, minHeight: note.height }}
      tabIndex={0}
      aria-label={`Note: ${note.title}`}
      aria-describedby={readOnly ? undefined : hintId}
      onKeyDown={onKeyDown}
      onDoubleClick={(event) => {
        event.stopPropagation();
        if (!readOnly && !editing) setEditing(note.id);
      }}
      {...drag.handlers}
    >
      {!readOnly && (
        <span id={hintId} className="visually-hidden">
          Arrow keys move the note, Shift with an arrow key moves it further, Enter edits its text.
        </span>
      )}
      {editing && !readOnly ? (
        <NoteTextEditor
          value={note.title}
          onSave={(title) => perform((doc, ctx) => updateNote(doc, note.id, { title }, ctx))}
          onClose={closeEditor}
        />
      ) : (
        <p className="canvas-note__text" dir="auto">
          {note.title}
        </p>
      )}
      {!readOnly && !editing && (
        <div className="canvas-note__tools">
          <select
            className="canvas-note__color"
            aria-label="Note color"
            value={note.color}
            onChange={(event) => {
              const color = event.target.value as NoteColor;
              perform((doc, ctx) => updateNote(doc, note.id, { color }, ctx));
            }}
          >
            {NOTE_COLORS.map((color) => (
              <option key={color} value={color}>
                {NOTE_COLOR_LABEL[color]}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="canvas-note__edit"
            aria-label="Edit note text"
            onClick={() => setEditing(note.id)}
          >
            Edit
          </button>
          <button
            type="button"
            className="icon-button icon-button--danger"
            aria-label="Delete note"
            title="Delete note"
            onClick={() => perform((doc, ctx) => deleteNote(doc, note.id, ctx))}
          >
            <Icon name="trash" />
          </button>
        </div>
      )}
    </article>
  );
}
