import { useId, useState } from 'react';

interface ScoreInputProps {
  readonly label: string;
  readonly value: number | null;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly readOnly: boolean;
  /** Writes the new value (null when cleared); returns the refusal message, or null. */
  readonly onCommit: (value: number | null) => string | null;
}

/**
 * A number field that writes when the person leaves it or presses Enter, not on every
 * keystroke, so one edit is one operation; a refusal shows beside it and the draft stays.
 */
export function ScoreInput({ label, value, min, max, step, readOnly, onCommit }: ScoreInputProps) {
  const id = useId();
  const errorId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const commit = (): void => {
    if (draft === null) return;
    const next = draft.trim() === '' ? null : Number(draft);
    if (next !== null && Number.isNaN(next)) {
      setError(`${label} must be a number.`);
      return;
    }
    if (next === value) {
      setDraft(null);
      return;
    }
    const message = onCommit(next);
    setError(message);
    if (message === null) setDraft(null);
  };
  return (
    <span className="score-input">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step={step}
        readOnly={readOnly}
        value={draft ?? (value === null ? '' : String(value))}
        aria-invalid={error !== null}
        aria-describedby={error !== null ? errorId : undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          setError(null);
        }}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          } else if (event.key === 'Escape') {
            setDraft(null);
            setError(null);
          }
        }}
      />
      {error !== null && (
        <span id={errorId} className="form-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
