import { addItem } from '@cairn/model';
import { useId, useState, type KeyboardEvent } from 'react';
import { useRoadmap } from './useRoadmap';

interface AddItemInputProps {
  readonly laneId: string;
  readonly horizonId: string;
  readonly laneName: string;
  readonly horizonName: string;
}

/**
 * The quick-add field at the foot of a cell: type a title, Enter adds it at the end of the cell
 * and keeps the focus here for the next one; Escape clears.
 */
export function AddItemInput({ laneId, horizonId, laneName, horizonName }: AddItemInputProps) {
  const { perform } = useRoadmap();
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
    const message = perform((doc, ctx) => {
      addItem(doc, { title, lane: laneId, horizon: horizonId }, ctx);
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
        aria-label={`Add item to ${laneName} / ${horizonName}`}
        aria-invalid={error !== null}
        aria-describedby={error !== null ? errorId : undefined}
        placeholder="+ Add item"
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
