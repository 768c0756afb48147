import { Dialog } from '../../ui/Dialog';
import { DeletedEntryDialog } from '../DeletedEntryDialog';
import { usePublishEditing } from '../usePublishEditing';
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

  usePublishEditing(itemId, readOnly, setEditing);

  if (item === undefined) {
    return <DeletedEntryDialog noun="item" onClose={onClose} />;
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
