import { useId, useState, type KeyboardEvent } from 'react';

interface QuickAddInputProps {
  /** Accessible name, e.g. "Add a goal". */
  readonly label: string;
  readonly placeholder: string;
  /** Adds an entry titled `title`; returns the refusal message, or null. */
  readonly onAdd: (title: string) => string | null;
  /** Classes of the wrapper and the input, for a field styled as a cell's foot (`add-item`). */
  readonly className?: string;
  readonly inputClassName?: string;
}

/** Type a title, Enter adds it and keeps the focus here for the next one; Escape clears. */
export function QuickAddInput({
  label,
  placeholder,
  onAdd,
  className = 'quick-add',
  inputClassName = 'quick-add__input',
}: QuickAddInputProps) {
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    // Enter that confirms an IME composition (Japanese, Chinese…) is not a submit.
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Escape') {
      setTitle('');
      setError(null);
      return;
    }
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (title.trim() === '') return;
    const message = onAdd(title);
    setError(message);
    if (message === null) setTitle('');
  };

  return (
    <div className={className}>
      <input
        className={inputClassName}
        type="text"
        dir="auto"
        aria-label={label}
        aria-invalid={error !== null}
        aria-describedby={error !== null ? errorId : undefined}
        placeholder={placeholder}
        enterKeyHint="done"
        autoComplete="off"
        value={title}
        onChange={(event) => {
          setTitle(event.target.value);
          setError(null);
        }}
        onKeyDown={onKeyDown}
      />
      {error !== null && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
