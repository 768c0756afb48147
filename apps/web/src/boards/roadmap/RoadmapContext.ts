import type { RoadmapView, OperationContext } from '@cairn/model';
import { createContext } from 'react';
import type * as Y from 'yjs';
import type { BoardAwareness } from '../../sync/BoardAwareness';
import type { PresenceUser } from '../../sync/PresencePeer';

/** A named model operation, given the document and the local person's context. */
export type BoardOperation = (doc: Y.Doc, ctx: OperationContext) => void;

/** What the parts of a roadmap board share. */
export interface Roadmap {
  readonly boardId: string;
  /** The live document, for editors that bind to a field (rich text) and for links. */
  readonly doc: Y.Doc;
  /** Shared presence for collaboration carets; null before connecting. */
  readonly awareness: BoardAwareness | null;
  /** The local person as their caret shows to others. */
  readonly user: { readonly name: string; readonly color: string };
  readonly view: RoadmapView;
  /** No editing controls at all: viewers, commenters, or a board from a newer Cairn. */
  readonly readOnly: boolean;
  /** Runs an operation as the local person; returns the refusal message, or null on success. */
  readonly perform: (operation: BoardOperation) => string | null;
  /** Shows an error for actions that have no place of their own to show it (drag and drop). */
  readonly reportError: (message: string) => void;
  /** Other people who have the item open in their editor. */
  readonly editorsOf: (itemId: string) => readonly PresenceUser[];
  /** Opens the item's editor (or its details, when read-only). */
  readonly openItem: (itemId: string) => void;
  /** Asks to delete a lane; a dialog confirms and says where its items go. */
  readonly requestDeleteLane: (laneId: string) => void;
}

export const RoadmapContext = createContext<Roadmap | null>(null);
