import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

interface NoteTextEditorProps {
  readonly value: string;
  /** Saves the text; returns an error message to keep the editor open, or null. */
  readonly onSave: (value: string) => string | null;
  /** Closes the editor (after a save or a cancel). */
  readonly onClose: () => void;
}

/**
 * The inline editor of a note's text: Enter or leaving the field saves, Shift+Enter starts a new
 * line, Escape cancels. Opens with the text selected, so typing replaces it.
 */
export function NoteTextEditor({ value, onSave, onClose }: NoteTextEditorProps) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    ref.current?.select();
  }, []);

  const save = (): void => {
    if (draft.trim() !== value) {
      const message = onSave(draft);
      if (message !== null) {
        setError(message);
        return;
      }
    }
    onClose();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    // Arrow keys move the caret here, not the note.
    event.stopPropagation();
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <>
      <textarea
        ref={ref}
        className="canvas-note__editor"
        aria-label="Note text"
        aria-invalid={error !== null}
        dir="auto"
        value={draft}
        autoFocus
        onChange={(event) => {
          setDraft(event.target.value);
          setError(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={save}
      />
      {error !== null && (
        <span className="field-error canvas-note__error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
