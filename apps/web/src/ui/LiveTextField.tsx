import { useId, useState, type KeyboardEvent } from 'react';

interface LiveTextFieldProps {
  /** The live value; shown whenever this person is not typing in the field. */
  readonly value: string;
  /** Visible label. */
  readonly label: string;
  /** Hides the label visually (it stays the accessible name). */
  readonly hideLabel?: boolean;
  readonly placeholder?: string;
  /** How to fill it in, shown under the field to editors only, e.g. "One per line". */
  readonly hint?: string;
  readonly multiline?: boolean;
  readonly readOnly: boolean;
  /** Saves the text; returns an error message to keep the draft, or null. */
  readonly onSave: (value: string) => string | null;
  readonly className?: string;
}

/**
 * A text field that is always editable in place: while this person types, their draft is kept;
 * leaving the field (or Enter in a one-line field, Ctrl/⌘+Enter in a multi-line one) saves it,
 * Escape drops it. Otherwise it shows the live value, so other people's edits appear at once.
 * Read-only people see plain text.
 */
export function LiveTextField({
  value,
  label,
  hideLabel = false,
  placeholder,
  hint,
  multiline = false,
  readOnly,
  onSave,
  className,
}: LiveTextFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const errorId = useId();
  const hintId = useId();

  if (readOnly) {
    return (
      <div className={className ? `live-field ${className}` : 'live-field'}>
        <span className={hideLabel ? 'visually-hidden' : 'live-field__label'}>{label}</span>
        <p className="live-field__text" dir="auto">
          {value === '' ? <span className="live-field__empty">Not written yet</span> : value}
        </p>
      </div>
    );
  }

  const save = (): void => {
    if (draft === null) return;
    if (draft.trim() !== value) {
      const message = onSave(draft);
      if (message !== null) {
        setError(message);
        return;
      }
    }
    setError(null);
    setDraft(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>): void => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setDraft(null);
      setError(null);
    } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    }
  };

  const common = {
    id,
    dir: 'auto',
    value: draft ?? value,
    placeholder,
    'aria-invalid': error !== null,
    'aria-describedby':
      [error !== null ? errorId : '', hint !== undefined ? hintId : ''].join(' ').trim() ||
      undefined,
    onChange: (event: { target: { value: string } }) => {
      setDraft(event.target.value);
      setError(null);
    },
    onKeyDown,
    onBlur: save,
  };

  return (
    <div className={className ? `live-field ${className}` : 'live-field'}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'live-field__label'}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input {...common} type="text" autoComplete="off" />
      )}
      {hint !== undefined && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error !== null && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
