import { useEffect } from 'react';
import { Dialog } from '../../ui/Dialog';
import { ItemDetails } from './ItemDetails';
import { ItemEditorForm } from './ItemEditorForm';
import { useRoadmap } from './useRoadmap';

interface ItemEditorDialogProps {
  readonly itemId: string;
  readonly onClose: () => void;
  /** Publishes the open item to other people's presence. */
  readonly setEditing: (itemId: string | null) => void;
}

/**
 * The item's dialog: the editor for people who may edit (who are then shown on the card as
 * editing it), plain details for everyone else.
 */
export function ItemEditorDialog({ itemId, onClose, setEditing }: ItemEditorDialogProps) {
  const { view, readOnly } = useRoadmap();
  const item = view.items.find((candidate) => candidate.id === itemId);

  useEffect(() => {
    if (readOnly) return undefined;
    setEditing(itemId);
    return () => setEditing(null);
  }, [itemId, readOnly, setEditing]);

  if (item === undefined) {
    return (
      <Dialog title="Item deleted" onClose={onClose}>
        <p role="alert">Someone deleted this item while you had it open.</p>
        <div className="dialog__actions">
          <button type="button" className="button button--primary" onClick={onClose}>
            Close
          </button>
        </div>
      </Dialog>
    );
  }

  if (readOnly) {
    return (
      <Dialog title={item.title} onClose={onClose} className="item-dialog">
        <ItemDetails item={item} onClose={onClose} />
      </Dialog>
    );
  }

  return (
    <Dialog title="Edit item" onClose={onClose} className="item-dialog">
      <ItemEditorForm key={itemId} item={item} onClose={onClose} />
    </Dialog>
  );
}
