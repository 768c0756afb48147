import { Dialog } from '../ui/Dialog';

interface DeletedEntryDialogProps {
  /** What was open, in lower case: "item" gives the title "Item deleted". */
  readonly noun: string;
  readonly onClose: () => void;
}

/** Shown in place of an entry's dialog when someone else deleted the entry while it was open. */
export function DeletedEntryDialog({ noun, onClose }: DeletedEntryDialogProps) {
  return (
    <Dialog title={`${noun.charAt(0).toUpperCase()}${noun.slice(1)} deleted`} onClose={onClose}>
      <p role="alert">Someone deleted this {noun} while you had it open.</p>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
