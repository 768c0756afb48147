import { useContext, useState } from 'react';
import { hasRole } from '../auth/hasRole';
import { SessionContext } from '../auth/SessionContext';
import { useBoardChrome } from '../boards/BoardChromeContext';
import { PublishDialog } from './PublishDialog';

/**
 * Publish a read-only view of the board, and its webhooks (docs/publishing.md). Shown to
 * editors and admins of a roadmap or launch plan (publishing) and to admins of any board
 * (webhooks).
 */
export function PublishButton() {
  const { board } = useBoardChrome();
  const session = useContext(SessionContext);
  const [open, setOpen] = useState(false);
  if (board === null || session === null) return null;
  const canPublish =
    (board.kind === 'roadmap' || board.kind === 'launch') && hasRole(board.role, 'editor');
  const canManageWebhooks = hasRole(board.role, 'admin');
  if (!canPublish && !canManageWebhooks) return null;
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {canPublish ? 'Publish' : 'Webhooks'}
      </button>
      {open && (
        <PublishDialog
          boardId={board.id}
          kind={board.kind}
          token={session.token}
          canPublish={canPublish}
          canManageWebhooks={canManageWebhooks}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
