import type * as Y from 'yjs';
import type { Me } from '../api/apiTypes';
import type { SyncStatus } from '../sync/deriveSyncStatus';
import type { Presence } from '../sync/usePresence';

/** What every board kind's page gets once its document has synced. */
export interface BoardProps {
  readonly boardId: string;
  readonly doc: Y.Doc;
  readonly status: SyncStatus;
  readonly presence: Presence;
  readonly me: Me;
  /** The server or the person's role allows reading only. */
  readonly readOnly: boolean;
}
