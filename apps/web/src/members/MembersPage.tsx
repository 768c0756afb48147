import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import type { WorkspaceMember } from '../api/accessTypes';
import { ROLES, type Role } from '../api/apiTypes';
import { messageOf } from '../api/messageOf';
import { useSession } from '../auth/useSession';
import { useFetched } from '../ui/useFetched';
import { FullPageMessage } from '../ui/FullPageMessage';
import { RelativeTime } from '../ui/RelativeTime';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import '../styles/share.css';
import { FetchedStatus } from '../ui/FetchedStatus';

/** The select's value for "no workspace role" (a select cannot hold null). */
const NONE = 'none';

function workspaceRoleFrom(value: string): Role | null | undefined {
  if (value === NONE) return null;
  return ROLES.find((candidate) => candidate === value);
}

interface MemberRowProps {
  readonly member: WorkspaceMember;
  readonly isMe: boolean;
  readonly now: number;
  readonly busy: boolean;
  readonly onRole: (role: Role | null) => void;
}

function MemberRow({ member, isMe, now, busy, onRole }: MemberRowProps) {
  return (
    <li className="share-list__item" data-testid="workspace-member">
      <div className="share-list__main">
        <p className="share-list__title" dir="auto">
          {member.name}
          {isMe && ' (you)'}
        </p>
        <p className="share-list__meta">
          <bdi>{member.email}</bdi> · joined <RelativeTime ms={member.createdAt} now={now} />
        </p>
      </div>
      <select
        aria-label={`Workspace role of ${member.name}`}
        value={member.role ?? NONE}
        disabled={busy}
        onChange={(event) => {
          const next = workspaceRoleFrom(event.target.value);
          if (next !== undefined && next !== member.role) onRole(next);
        }}
      >
        <option value={NONE}>No workspace role</option>
        {ROLES.map((candidate) => (
          <option key={candidate} value={candidate}>
            {candidate}
          </option>
        ))}
      </select>
    </li>
  );
}

/**
 * Route `/members`, for workspace admins: every account and its workspace role, which they set
 * or remove. Accounts without one see only the boards shared with them. The server refuses to
 * leave the workspace without an admin, and says so.
 */
export function MembersPage() {
  const { api, me } = useSession();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback((signal: AbortSignal) => api.listWorkspaceMembers(signal), [api]);
  const { state, reload } = useFetched(load);
  useDocumentTitle('Members');

  if (me.role !== 'admin') {
    return (
      <FullPageMessage title="Only workspace admins can see this page">
        <p>Ask a workspace admin if you need a different workspace role.</p>
        <Link className="button" to="/">
          See your boards
        </Link>
      </FullPageMessage>
    );
  }

  const setRole = (member: WorkspaceMember, role: Role | null): void => {
    setBusy(member.id);
    setError(null);
    api.setWorkspaceRole(member.id, role).then(
      () => {
        setBusy(null);
        reload();
      },
      (failure: unknown) => {
        setError(messageOf(failure));
        setBusy(null);
      },
    );
  };

  return (
    <main className="members-page">
      <h1 className="members-page__heading">Members</h1>
      <p className="members-page__lead">
        Everyone with a Cairn account. A workspace role applies to every board; people without one
        see only the boards shared with them.
      </p>
      <FetchedStatus state={state} what="members" onRetry={reload} error={error} />
      {state.kind === 'loaded' && (
        <ul className="share-list" aria-label="Accounts">
          {state.value.map((member) => (
            <MemberRow
              key={member.id}
              member={member}
              isMe={member.id === me.id}
              now={state.at}
              busy={busy === member.id}
              onRole={(role) => setRole(member, role)}
            />
          ))}
        </ul>
      )}
    </main>
  );
}
