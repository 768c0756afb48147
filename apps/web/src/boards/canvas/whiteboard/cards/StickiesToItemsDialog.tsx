import { useId, useState, type FormEvent } from 'react';
import type { Editor } from 'tldraw';
import { useSession } from '../../../../auth/useSession';
import { useLinkedBoard } from '../../../../sync/useLinkedBoard';
import { Dialog } from '../../../../ui/Dialog';
import { attemptOperation } from '../../../attemptOperation';
import { localUserContext } from '../../../localUserContext';
import { BoardSelect } from './BoardSelect';
import { readLinkedRoadmapEntries } from './readLinkedEntries';
import { turnStickiesIntoItems, type StickyToConvert } from './turnStickiesIntoItems';

interface LaneStepProps {
  readonly editor: Editor;
  readonly boardId: string;
  readonly stickies: readonly StickyToConvert[];
  readonly onDone: () => void;
}

/** The second step, once a roadmap is chosen: its lanes, and the button that does it all. */
function LaneStep({ editor, boardId, stickies, onDone }: LaneStepProps) {
  const laneSelectId = useId();
  const { token, me } = useSession();
  const board = useLinkedBoard(token, boardId);
  const lanes = readLinkedRoadmapEntries(board)?.lanes ?? null;
  const [chosenLane, setChosenLane] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const laneId = chosenLane ?? lanes?.[0]?.id ?? '';
  const count = stickies.length;

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (board.status !== 'ready' || laneId === '') return;
    const destination = { boardId, doc: board.doc, laneId };
    const message = attemptOperation(() => {
      turnStickiesIntoItems(editor, stickies, destination, localUserContext(me.id));
    });
    if (message === null) onDone();
    else setError(message);
  };

  return (
    <form onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={laneSelectId}>Lane</label>
        <select
          id={laneSelectId}
          value={laneId}
          disabled={lanes === null}
          onChange={(event) => setChosenLane(event.target.value)}
        >
          {lanes === null && <option value="">Opening the roadmap…</option>}
          {lanes?.map((lane) => (
            <option key={lane.id} value={lane.id}>
              {lane.name}
            </option>
          ))}
        </select>
      </div>
      {board.status === 'refused' && (
        <p className="form-error" role="alert">
          This roadmap cannot be opened with your access link.
        </p>
      )}
      {board.status === 'ready' && board.readOnly && (
        <p className="form-error" role="alert">
          Your access link may read this roadmap but not add items to it.
        </p>
      )}
      {error !== null && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button
          type="submit"
          className="button button--primary"
          disabled={board.status !== 'ready' || board.readOnly || laneId === ''}
        >
          {count === 1 ? 'Create 1 item' : `Create ${count} items`}
        </button>
      </div>
    </form>
  );
}

interface StickiesToItemsDialogProps {
  readonly editor: Editor;
  /** The stickies selected when the dialog opened. */
  readonly stickies: readonly StickyToConvert[];
  readonly onClose: () => void;
}

/**
 * Turn the selected stickies into roadmap items: choose a roadmap and a lane, then one action
 * creates the items and puts a card of each where its sticky was.
 */
export function StickiesToItemsDialog({ editor, stickies, onClose }: StickiesToItemsDialogProps) {
  const [boardId, setBoardId] = useState('');
  return (
    <Dialog title="Turn stickies into roadmap items" onClose={onClose}>
      <p className="dialog__lead">
        {stickies.length === 1
          ? 'The selected sticky becomes a roadmap item; a card of it takes its place.'
          : `The ${stickies.length} selected stickies become roadmap items; a card of each takes its place.`}
      </p>
      <BoardSelect kind="roadmap" label="Roadmap" value={boardId} onChange={setBoardId} />
      {boardId === '' ? (
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      ) : (
        <LaneStep
          key={boardId}
          editor={editor}
          boardId={boardId}
          stickies={stickies}
          onDone={onClose}
        />
      )}
    </Dialog>
  );
}
