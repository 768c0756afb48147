import { useCallback, useState } from 'react';
import type { CreatedShareLink, ShareLink } from '../api/accessTypes';
import type { Role } from '../api/apiTypes';
import { messageOf } from '../api/messageOf';
import { useSession } from '../auth/useSession';
import { CreatedLink } from './CreatedLink';
import { NewShareLinkForm } from './NewShareLinkForm';
import { ShareLinkList } from './ShareLinkList';
import { useFetched } from '../ui/useFetched';
import { FetchedStatus } from '../ui/FetchedStatus';

interface ShareLinksPanelProps {
  readonly boardId: string;
  readonly role: Role;
  readonly onClose: () => void;
}

/** The Links tab: make a link (then show it once), and list the board's links to revoke them. */
export function ShareLinksPanel({ boardId, role, onClose }: ShareLinksPanelProps) {
  const { api, me } = useSession();
  const [created, setCreated] = useState<CreatedShareLink | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(
    (signal: AbortSignal) => api.listShareLinks(boardId, signal),
    [api, boardId],
  );
  const { state, reload } = useFetched(load);

  const revoke = (link: ShareLink): void => {
    setRevoking(link.id);
    setError(null);
    api.revokeShareLink(boardId, link.id).then(
      () => {
        setRevoking(null);
        reload();
      },
      (failure: unknown) => {
        setError(messageOf(failure));
        setRevoking(null);
      },
    );
  };

  return (
    <>
      {created === null ? (
        <NewShareLinkForm
          boardId={boardId}
          role={role}
          onCreated={(link) => {
            setCreated(link);
            reload();
          }}
        />
      ) : (
        <CreatedLink boardId={boardId} link={created} onDone={() => setCreated(null)} />
      )}
      <h3 className="share-dialog__heading">Links to this board</h3>
      <FetchedStatus state={state} what="links" onRetry={reload} error={error} />
      {state.kind === 'loaded' && (
        <ShareLinkList
          links={state.value}
          now={state.at}
          canRevoke={(link) => role === 'admin' || link.createdBy.id === me.id}
          revoking={revoking}
          onRevoke={revoke}
        />
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          Done
        </button>
      </div>
    </>
  );
}
