import { addTask } from '@cairn/model';
import { useId, useState, type KeyboardEvent } from 'react';
import { useLaunch } from './useLaunch';

interface AddTaskInputProps {
  readonly trackId: string;
  readonly trackName: string;
}

/**
 * The quick-add field at the foot of a track: type a title, Enter adds it (due on launch day;
 * open it to reschedule) and keeps the focus here; Escape clears.
 */
export function AddTaskInput({ trackId, trackName }: AddTaskInputProps) {
  const { perform } = useLaunch();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Escape') {
      setTitle('');
      setError(null);
      return;
    }
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (title.trim() === '') return;
    const message = perform((doc, ctx) => {
      addTask(doc, { title, track: trackId }, ctx);
    });
    setError(message);
    if (message === null) setTitle('');
  };

  return (
    <div className="add-item">
      <input
        className="add-item__input"
        type="text"
        dir="auto"
        aria-label={`Add task to ${trackName}`}
        aria-invalid={error !== null}
        aria-describedby={error !== null ? errorId : undefined}
        placeholder="+ Add task"
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
