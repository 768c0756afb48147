import { deleteLane, type AxisView } from '@cairn/model';
import { useId, useState } from 'react';
import { Dialog } from '../../ui/Dialog';
import { useRoadmap } from './useRoadmap';
import { performThenClose } from '../performThenClose';

interface DeleteLaneDialogProps {
  readonly lane: AxisView;
  readonly itemCount: number;
  readonly onClose: () => void;
}

/** Confirms deleting a lane and asks which lane gets its items (they keep their horizon). */
export function DeleteLaneDialog({ lane, itemCount, onClose }: DeleteLaneDialogProps) {
  const { view, perform } = useRoadmap();
  const otherLanes = view.lanes.filter((candidate) => candidate.id !== lane.id);
  const [target, setTarget] = useState(otherLanes[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const selectId = useId();
  // The chosen lane may be deleted by someone else while this dialog is open.
  const targetLane = otherLanes.find((candidate) => candidate.id === target) ?? otherLanes[0];

  const confirm = (): void => {
    performThenClose(
      perform,
      (doc, ctx) => deleteLane(doc, lane.id, targetLane ? { moveItemsTo: targetLane.id } : {}, ctx),
      onClose,
      setError,
    );
  };

  return (
    <Dialog title={`Delete lane “${lane.name}”?`} onClose={onClose}>
      {itemCount > 0 && targetLane ? (
        <div className="field">
          <label htmlFor={selectId}>
            Move its {itemCount === 1 ? 'item' : `${itemCount} items`} to
          </label>
          <select
            id={selectId}
            value={targetLane.id}
            onChange={(event) => setTarget(event.target.value)}
          >
            {otherLanes.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
          <p className="field__hint">Items keep their horizon and go to the end of each cell.</p>
        </div>
      ) : (
        <p>This lane is empty.</p>
      )}
      {error !== null && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="button button--danger" onClick={confirm}>
          Delete lane
        </button>
      </div>
    </Dialog>
  );
}
