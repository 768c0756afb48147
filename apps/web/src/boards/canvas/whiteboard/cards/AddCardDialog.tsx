import { useId, useState, type FormEvent } from 'react';
import type { Editor } from 'tldraw';
import { useSession } from '../../../../auth/useSession';
import { useLinkedBoard } from '../../../../sync/useLinkedBoard';
import { Dialog } from '../../../../ui/Dialog';
import { BoardSelect } from './BoardSelect';
import { placeCard } from './placeCard';
import { readLinkedPersonaEntries, readLinkedRoadmapEntries } from './readLinkedEntries';

/** Words for each kind of card. */
const WORDS = {
  roadmap: { title: 'Add a roadmap card', board: 'Roadmap', entry: 'Item' },
  personas: { title: 'Add a persona card', board: 'Personas', entry: 'Persona' },
} as const;

interface EntrySelectProps {
  readonly kind: 'roadmap' | 'personas';
  readonly boardId: string;
  readonly value: string;
  readonly onChange: (itemId: string, title: string) => void;
}

/** The entries of the chosen board, read live from its document. */
function EntrySelect({ kind, boardId, value, onChange }: EntrySelectProps) {
  const id = useId();
  const { token } = useSession();
  const board = useLinkedBoard(token, boardId);
  const read = kind === 'roadmap' ? readLinkedRoadmapEntries : readLinkedPersonaEntries;
  const entries = read(board)?.entries ?? null;
  const label = WORDS[kind].entry;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={entries === null || entries.length === 0}
        onChange={(event) => {
          const entry = entries?.find((candidate) => candidate.id === event.target.value);
          onChange(entry?.id ?? '', entry?.title ?? '');
        }}
      >
        <option value="">
          {board.status === 'connecting'
            ? 'Opening the board…'
            : `Choose ${kind === 'roadmap' ? 'an item' : 'a persona'}`}
        </option>
        {entries?.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.title}
          </option>
        ))}
      </select>
      {board.status === 'refused' && (
        <p className="field-error" role="alert">
          This board cannot be opened with your access link.
        </p>
      )}
      {entries !== null && entries.length === 0 && (
        <p className="field__hint">This board has no {label.toLowerCase()}s yet.</p>
      )}
    </div>
  );
}

interface AddCardDialogProps {
  readonly editor: Editor;
  readonly kind: 'roadmap' | 'personas';
  readonly onClose: () => void;
}

/** Pick a board and one of its entries, and put a card mirroring it in the middle of the view. */
export function AddCardDialog({ editor, kind, onClose }: AddCardDialogProps) {
  const [boardId, setBoardId] = useState('');
  const [entry, setEntry] = useState<{ id: string; title: string } | null>(null);
  const words = WORDS[kind];

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (entry === null) return;
    placeCard(editor, kind, { boardId, itemId: entry.id, title: entry.title });
    onClose();
  };

  return (
    <Dialog title={words.title} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <BoardSelect
          kind={kind}
          label={words.board}
          value={boardId}
          onChange={(next) => {
            setBoardId(next);
            setEntry(null);
          }}
        />
        {boardId !== '' && (
          <EntrySelect
            key={boardId}
            kind={kind}
            boardId={boardId}
            value={entry?.id ?? ''}
            onChange={(id, title) => setEntry(id === '' ? null : { id, title })}
          />
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={entry === null}>
            Add card
          </button>
        </div>
      </form>
    </Dialog>
  );
}
