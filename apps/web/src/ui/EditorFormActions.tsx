import { useState } from 'react';

interface EditorFormActionsProps {
  /** What the form edits, for the button texts: "item" gives "Delete item" and "Keep item". */
  readonly noun: string;
  /** The entry's title, quoted in the confirmation. */
  readonly title: string;
  readonly onDelete: () => void;
  readonly onCancel: () => void;
}

/**
 * The foot of an editor form: Delete (asking once more in place, since nothing can undo it),
 * Cancel and Save (the form's submit).
 */
export function EditorFormActions({ noun, title, onDelete, onCancel }: EditorFormActionsProps) {
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  if (confirmingDelete) {
    return (
      <div className="item-form__confirm" role="group" aria-label="Confirm deletion">
        <p dir="auto">Delete “{title}”? This cannot be undone.</p>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => setConfirmingDelete(false)}>
            Keep {noun}
          </button>
          <button type="button" className="button button--danger" autoFocus onClick={onDelete}>
            Delete
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="dialog__actions dialog__actions--split">
      <button
        type="button"
        className="button button--quiet button--danger-text"
        onClick={() => setConfirmingDelete(true)}
      >
        Delete {noun}
      </button>
      <span className="dialog__actions-end">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--primary">
          Save
        </button>
      </span>
    </div>
  );
}
