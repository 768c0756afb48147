import { addKeyResult } from '@cairn/model';
import { useId, useState, type FormEvent } from 'react';
import type { KindOperation } from '../useBoardOperation';

interface AddKeyResultFormProps {
  readonly goalId: string;
  readonly goalTitle: string;
  readonly perform: (operation: KindOperation) => string | null;
}

/** Adds a key result: a measure and its target (start 0 and current 0 until edited). */
export function AddKeyResultForm({ goalId, goalTitle, perform }: AddKeyResultFormProps) {
  const [name, setName] = useState('');
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ids = { name: useId(), target: useId(), error: useId() };

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const value = target.trim() === '' ? Number.NaN : Number(target);
    if (!Number.isFinite(value)) {
      setError('Target must be a number.');
      return;
    }
    const message = perform((doc, ctx) => {
      addKeyResult(doc, goalId, { name, target: value }, ctx);
    });
    setError(message);
    if (message === null) {
      setName('');
      setTarget('');
    }
  };

  return (
    <form
      className="add-key-result"
      onSubmit={submit}
      aria-label={`Add a key result to ${goalTitle}`}
      noValidate
    >
      <label htmlFor={ids.name} className="visually-hidden">
        Measure
      </label>
      <input
        id={ids.name}
        type="text"
        dir="auto"
        autoComplete="off"
        placeholder="+ Key result, e.g. Weekly active teams"
        value={name}
        aria-describedby={error !== null ? ids.error : undefined}
        onChange={(event) => {
          setName(event.target.value);
          setError(null);
        }}
      />
      <label htmlFor={ids.target} className="visually-hidden">
        Target
      </label>
      <input
        id={ids.target}
        type="number"
        inputMode="decimal"
        step="any"
        placeholder="Target"
        value={target}
        onChange={(event) => {
          setTarget(event.target.value);
          setError(null);
        }}
      />
      <button type="submit" className="button">
        Add
      </button>
      {error !== null && (
        <p id={ids.error} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
