import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

interface EditableTextProps {
  readonly value: string;
  /** Accessible name of the input while editing, e.g. "Board title". */
  readonly label: string;
  /** Shown as a tooltip on the text, e.g. "Rename board". */
  readonly hint: string;
  /** Saves the new text; returns an error message to keep the input open, or null. */
  readonly onSave: (value: string) => string | null;
  /** Renders plain text, with no way to edit. */
  readonly readOnly: boolean;
  readonly className?: string;
}

/**
 * Text that turns into an input on click or Enter: Enter or leaving the field saves, Escape
 * cancels. Used for the board title and lane names.
 */
export function EditableText({
  value,
  label,
  hint,
  onSave,
  readOnly,
  className,
}: EditableTextProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const refocusButton = useRef(false);

  const editing = draft !== null;
  useEffect(() => {
    if (editing) inputRef.current?.select();
  }, [editing]);

  useEffect(() => {
    if (draft === null && refocusButton.current) {
      refocusButton.current = false;
      buttonRef.current?.focus();
    }
  }, [draft]);

  if (readOnly) {
    return (
      <span className={className} dir="auto">
        {value}
      </span>
    );
  }

  const finish = (save: boolean, refocus: boolean): void => {
    if (draft === null) return;
    if (save && draft.trim() !== value) {
      const message = onSave(draft);
      if (message !== null) {
        setError(message);
        return;
      }
    }
    refocusButton.current = refocus;
    setError(null);
    setDraft(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      finish(true, true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      finish(false, true);
    }
  };

  if (draft === null) {
    return (
      <button
        ref={buttonRef}
        type="button"
        className={className ? `editable-text ${className}` : 'editable-text'}
        title={hint}
        dir="auto"
        onClick={() => setDraft(value)}
      >
        {value}
      </button>
    );
  }

  return (
    <span className="editable-text__editor">
      <input
        ref={inputRef}
        className={className ? `editable-text__input ${className}` : 'editable-text__input'}
        aria-label={label}
        aria-invalid={error !== null}
        dir="auto"
        value={draft}
        autoFocus
        onChange={(event) => {
          setDraft(event.target.value);
          setError(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => finish(true, false)}
      />
      {error !== null && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
