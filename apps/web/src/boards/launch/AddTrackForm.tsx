import { addTrack } from '@cairn/model';
import { useId, useState, type FormEvent } from 'react';
import { Icon } from '../../ui/Icon';
import { useLaunch } from './useLaunch';

/** Adds a track after the last one. */
export function AddTrackForm() {
  const { perform } = useLaunch();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (name.trim() === '') return;
    const message = perform((doc, ctx) => {
      addTrack(doc, { name }, ctx);
    });
    setError(message);
    if (message === null) setName('');
  };

  return (
    <form className="add-lane" onSubmit={submit}>
      <label htmlFor={inputId} className="visually-hidden">
        New track
      </label>
      <input
        id={inputId}
        type="text"
        dir="auto"
        autoComplete="off"
        placeholder="New track, e.g. Legal"
        value={name}
        aria-invalid={error !== null}
        aria-describedby={error !== null ? errorId : undefined}
        onChange={(event) => {
          setName(event.target.value);
          setError(null);
        }}
      />
      <button type="submit" className="button">
        <Icon name="plus" /> Add track
      </button>
      {error !== null && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
