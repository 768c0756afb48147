import { createContext, useContext } from 'react';
import type * as Y from 'yjs';
import type { Me, Role } from '../../../api/apiTypes';
import type { BoardAwareness } from '../../../sync/BoardAwareness';
import type { StatelessChannel } from '../../../sync/StatelessChannel';

/** Everything the whiteboard's parts need to know about the board and the person. */
export interface WhiteboardSession {
  readonly boardId: string;
  readonly doc: Y.Doc;
  readonly me: Me;
  /** The person's role on this board (facilitation rights follow it, not the workspace role). */
  readonly role: Role;
  /** The board's awareness (presence); null before the provider connects. */
  readonly awareness: BoardAwareness | null;
  /** Stateless messages beside the document; null before the provider exists. */
  readonly stateless: StatelessChannel | null;
  /** The person may not change the board (role, or a newer document schema). */
  readonly readOnly: boolean;
  /**
   * Shapes away from the first view are still arriving: whatever needs the whole canvas
   * (templates placed beside it, exporting it, moving notes onto it) waits.
   */
  readonly loading: boolean;
}

/** What the canvas board hands the whiteboard; the whiteboard adds whether it is still loading. */
export type WhiteboardBoardSession = Omit<WhiteboardSession, 'loading'>;

export const WhiteboardSessionContext = createContext<WhiteboardSession | null>(null);

/** The session of the whiteboard around this component (tldraw overlays and panels). */
export function useWhiteboardSession(): WhiteboardSession {
  const session = useContext(WhiteboardSessionContext);
  if (!session) throw new Error('useWhiteboardSession: no whiteboard around this component');
  return session;
}
