import type * as Y from 'yjs';
import type { Me, Role } from '../api/apiTypes';
import type { BoardAwareness } from '../sync/BoardAwareness';
import type { SyncStatus } from '../sync/deriveSyncStatus';
import type { StatelessChannel } from '../sync/StatelessChannel';
import type { Presence } from '../sync/usePresence';

/** What every board kind's page gets once its document has synced. */
export interface BoardProps {
  readonly boardId: string;
  readonly doc: Y.Doc;
  readonly status: SyncStatus;
  readonly presence: Presence;
  /** The live presence instance (for collaboration carets in rich text); null before connecting. */
  readonly awareness: BoardAwareness | null;
  /** Messages beside the document, such as "bring everyone to me"; null before connecting. */
  readonly stateless: StatelessChannel | null;
  readonly me: Me;
  /**
   * The person's role on this board: the strongest of workspace role, membership and share link,
   * from GET /api/boards/:id/role (asked again after every reconnect).
   */
  readonly role: Role;
  /** The server or the person's role allows reading only. */
  readonly readOnly: boolean;
}
