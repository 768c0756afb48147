import { useId, useState, type FormEvent } from 'react';
import { Icon } from './Icon';

interface AddByNameFormProps {
  /** Accessible name of the field, e.g. "New lane". */
  readonly label: string;
  readonly placeholder: string;
  /** Text of the submit button, e.g. "Add lane". */
  readonly submitText: string;
  /** Adds an entry named `name`; returns the refusal message, or null. */
  readonly onAdd: (name: string) => string | null;
}

/** A name field and an Add button; a blank name does nothing, and a refusal shows under the field. */
export function AddByNameForm({ label, placeholder, submitText, onAdd }: AddByNameFormProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (name.trim() === '') return;
    const message = onAdd(name);
    setError(message);
    if (message === null) setName('');
  };

  return (
    <form className="add-lane" onSubmit={submit}>
      <label htmlFor={inputId} className="visually-hidden">
        {label}
      </label>
      <input
        id={inputId}
        type="text"
        dir="auto"
        autoComplete="off"
        placeholder={placeholder}
        value={name}
        aria-invalid={error !== null}
        aria-describedby={error !== null ? errorId : undefined}
        onChange={(event) => {
          setName(event.target.value);
          setError(null);
        }}
      />
      <button type="submit" className="button">
        <Icon name="plus" /> {submitText}
      </button>
      {error !== null && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
