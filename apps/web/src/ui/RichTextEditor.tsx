import { readRichTextPlain } from '@cairn/model';
import type * as Y from 'yjs';
import type { BoardAwareness } from '../sync/BoardAwareness';

/** Props of the live rich-text editor. */
export interface RichTextEditorProps {
  /** The entry's Y.Map that holds the rich text. */
  readonly entry: Y.Map<unknown>;
  /** The field of `entry` holding a Y.XmlFragment (created with the entry). */
  readonly field: string;
  /** Shared presence, for other people's carets; null hides carets. */
  readonly awareness: BoardAwareness | null;
  /** Name and color of the local person, shown on their caret to others. */
  readonly user: { readonly name: string; readonly color: string };
  readonly readOnly: boolean;
  /** Accessible name of the editing area, e.g. "Description". */
  readonly label: string;
}

/**
 * A rich-text field edited live by everyone on the board, with carets. (Placeholder: shows the
 * plain text until the TipTap editor lands.)
 */
export function RichTextEditor({ entry, field, label }: RichTextEditorProps) {
  return (
    <div className="rich-text" role="textbox" aria-label={label} aria-readonly="true">
      {readRichTextPlain(entry, field)}
    </div>
  );
}
