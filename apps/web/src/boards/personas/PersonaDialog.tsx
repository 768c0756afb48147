import type { PersonasItemView } from '@cairn/model';
import type * as Y from 'yjs';
import type { BoardAwareness } from '../../sync/BoardAwareness';
import { Dialog } from '../../ui/Dialog';
import { DeletedEntryDialog } from '../DeletedEntryDialog';
import { usePublishEditing } from '../usePublishEditing';
import type { KindOperation } from '../useBoardOperation';
import { PersonaEditor } from './PersonaEditor';

interface PersonaDialogProps {
  readonly boardId: string;
  readonly doc: Y.Doc;
  /** The live persona, or undefined once someone deleted it. */
  readonly persona: PersonasItemView | undefined;
  readonly personaId: string;
  readonly readOnly: boolean;
  readonly awareness: BoardAwareness | null;
  /** The local person, as their caret shows to others. */
  readonly user: { readonly name: string; readonly color: string };
  readonly perform: (operation: KindOperation) => string | null;
  /** Publishes the open persona to other people's presence. */
  readonly setEditing: (personaId: string | null) => void;
  readonly onClose: () => void;
}

/** A persona's card opened: every field, live, with who else has it open shown on the grid. */
export function PersonaDialog({
  persona,
  personaId,
  readOnly,
  setEditing,
  onClose,
  ...rest
}: PersonaDialogProps) {
  usePublishEditing(personaId, readOnly, setEditing);

  if (persona === undefined) {
    return <DeletedEntryDialog noun="persona" onClose={onClose} />;
  }
  return (
    <Dialog title={persona.title} onClose={onClose} className="persona-dialog">
      <PersonaEditor {...rest} persona={persona} readOnly={readOnly} onDeleted={onClose} />
    </Dialog>
  );
}
