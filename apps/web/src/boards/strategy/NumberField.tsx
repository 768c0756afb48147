import { useId, useState, type KeyboardEvent } from 'react';

interface NumberFieldProps {
  readonly value: number;
  readonly label: string;
  readonly readOnly: boolean;
  /** Saves the number; returns an error message to keep the draft, or null. */
  readonly onSave: (value: number) => string | null;
}

/** A number edited in place like LiveTextField: saved on Enter or leaving the field. */
export function NumberField({ value, label, readOnly, onSave }: NumberFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  if (readOnly) {
    return (
      <span className="number-field">
        <span className="number-field__label">{label}</span> {value}
      </span>
    );
  }
  const save = (): void => {
    if (draft === null) return;
    const parsed = draft.trim() === '' ? Number.NaN : Number(draft);
    if (!Number.isFinite(parsed)) {
      setError(`${label} must be a number.`);
      return;
    }
    const message = parsed === value ? null : onSave(parsed);
    setError(message);
    if (message === null) setDraft(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setDraft(null);
      setError(null);
    }
  };
  return (
    <span className="number-field">
      <label htmlFor={id} className="number-field__label">
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        step="any"
        value={draft ?? String(value)}
        aria-invalid={error !== null}
        title={error ?? undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          setError(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={save}
      />
      {error !== null && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
