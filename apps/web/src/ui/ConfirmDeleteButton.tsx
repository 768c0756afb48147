import { useState } from 'react';
import { Icon } from './Icon';

interface ConfirmDeleteButtonProps {
  /** What is deleted, for the accessible names, e.g. "goal “Grow”". */
  readonly what: string;
  readonly onDelete: () => void;
}

/** A delete button that asks once more in place before deleting (nothing can undo it). */
export function ConfirmDeleteButton({ what, onDelete }: ConfirmDeleteButtonProps) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button
        type="button"
        className="icon-button icon-button--danger"
        aria-label={`Delete ${what}`}
        title="Delete"
        onClick={() => setConfirming(true)}
      >
        <Icon name="trash" />
      </button>
    );
  }
  return (
    <span className="confirm-delete" role="group" aria-label={`Confirm deleting ${what}`}>
      <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
        Keep
      </button>
      <button type="button" className="button button--danger" autoFocus onClick={onDelete}>
        Delete
      </button>
    </span>
  );
}
