import { useId } from 'react';
import { useBoardsOfKind } from './useBoardsOfKind';

interface BoardSelectProps {
  /** The board kind offered, e.g. `roadmap`. */
  readonly kind: 'roadmap' | 'personas';
  /** Label of the select, e.g. "Roadmap". */
  readonly label: string;
  readonly value: string;
  readonly onChange: (boardId: string) => void;
}

/** A labelled select of the boards of one kind, with the loading and empty cases spelled out. */
export function BoardSelect({ kind, label, value, onChange }: BoardSelectProps) {
  const id = useId();
  const { boards, error } = useBoardsOfKind(kind);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={boards === null || boards.length === 0}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">
          {boards === null ? 'Loading boards…' : `Choose a ${label.toLowerCase()} board`}
        </option>
        {boards?.map((board) => (
          <option key={board.id} value={board.id}>
            {board.title}
          </option>
        ))}
      </select>
      {error !== null && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {boards !== null && boards.length === 0 && error === null && (
        <p className="field__hint">There is no {label.toLowerCase()} board yet.</p>
      )}
    </div>
  );
}
