import { useState } from 'react';
import { useValue, type Editor } from 'tldraw';
import { useWhiteboardSession } from '../WhiteboardSession';
import { AddCardDialog } from './AddCardDialog';
import { StickiesToItemsDialog } from './StickiesToItemsDialog';
import { ToolbarMenu, ToolbarMenuItem } from './ToolbarMenu';
import { convertibleStickies, type StickyToConvert } from './turnStickiesIntoItems';

interface CardsMenuProps {
  readonly editor: Editor;
}

type OpenDialog =
  | { readonly kind: 'roadmap-card' | 'persona-card' }
  | { readonly kind: 'stickies'; readonly stickies: readonly StickyToConvert[] };

const READ_ONLY_REASON = 'You can view this whiteboard but not change it.';

/** Why the selection cannot become roadmap items, or null when it can. */
function turnReason(readOnly: boolean, selectedNotes: number, convertible: number): string | null {
  if (readOnly) return READ_ONLY_REASON;
  if (selectedNotes === 0) return 'Select one or more stickies first.';
  if (convertible === 0) return 'The selected stickies have no text to use as a title.';
  return null;
}

/** Put roadmap items and personas on the canvas, and turn stickies into roadmap items. */
export function CardsMenu({ editor }: CardsMenuProps) {
  const { readOnly } = useWhiteboardSession();
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const selectedNotes = useValue(
    'selected stickies',
    () => editor.getSelectedShapes().filter((shape) => shape.type === 'note'),
    [editor],
  );
  const convertible = convertibleStickies(selectedNotes);
  const readOnlyReason = readOnly ? READ_ONLY_REASON : null;

  return (
    <>
      <ToolbarMenu label="Cards">
        {(close) => (
          <>
            <ToolbarMenuItem
              label="Add roadmap card"
              description="A live card of a roadmap item"
              disabledReason={readOnlyReason}
              onSelect={() => {
                close();
                setDialog({ kind: 'roadmap-card' });
              }}
            />
            <ToolbarMenuItem
              label="Add persona card"
              description="A live card of a persona"
              disabledReason={readOnlyReason}
              onSelect={() => {
                close();
                setDialog({ kind: 'persona-card' });
              }}
            />
            <ToolbarMenuItem
              label="Turn into roadmap items"
              description="Each selected sticky becomes an item on a roadmap"
              disabledReason={turnReason(readOnly, selectedNotes.length, convertible.length)}
              onSelect={() => {
                close();
                setDialog({ kind: 'stickies', stickies: convertible });
              }}
            />
          </>
        )}
      </ToolbarMenu>
      {dialog !== null && dialog.kind !== 'stickies' && (
        <AddCardDialog
          editor={editor}
          kind={dialog.kind === 'roadmap-card' ? 'roadmap' : 'personas'}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'stickies' && (
        <StickiesToItemsDialog
          editor={editor}
          stickies={dialog.stickies}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
