import { useCallback, useId, useState, type FormEvent } from 'react';
import type { BoardMember } from '../api/accessTypes';
import { ROLES, type Role } from '../api/apiTypes';
import { messageOf } from '../api/messageOf';
import { useSession } from '../auth/useSession';
import { ROLE_DESCRIPTION } from './roleDescriptions';
import { useFetched } from '../ui/useFetched';
import { FetchedStatus } from '../ui/FetchedStatus';

interface BoardMembersPanelProps {
  readonly boardId: string;
  readonly role: Role;
}

function roleFrom(value: string): Role | undefined {
  return ROLES.find((candidate) => candidate === value);
}

/**
 * The Members tab: the accounts with a role on this board. Board admins add people by email
 * and change or remove their roles; editors see the list. People may also reach the board
 * through their workspace role or a link, which this list does not show.
 */
export function BoardMembersPanel({ boardId, role }: BoardMembersPanelProps) {
  const { api } = useSession();
  const manages = role === 'admin';
  const [email, setEmail] = useState('');
  const [newRole, setNewRole] = useState<Role>('editor');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const emailId = useId();
  const newRoleId = useId();
  const load = useCallback(
    (signal: AbortSignal) => api.listBoardMembers(boardId, signal),
    [api, boardId],
  );
  const { state, reload } = useFetched(load);

  /** Runs one change; `key` marks what waits (a member's id, or 'add'). */
  const change = (key: string, call: () => Promise<unknown>, after?: () => void): void => {
    setBusy(key);
    setError(null);
    call().then(
      () => {
        setBusy(null);
        after?.();
        reload();
      },
      (failure: unknown) => {
        setError(messageOf(failure));
        setBusy(null);
      },
    );
  };

  const add = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const trimmed = email.trim();
    if (trimmed === '') {
      setError('Enter the email address of the person’s Cairn account.');
      return;
    }
    change(
      'add',
      () => api.addBoardMember(boardId, { email: trimmed, role: newRole }),
      () => setEmail(''),
    );
  };

  const remove = (member: BoardMember): void =>
    change(member.userId, () => api.removeBoardMember(boardId, member.userId));

  const setRole = (member: BoardMember, next: Role): void =>
    change(member.userId, () => api.setBoardMemberRole(boardId, member.userId, next));

  return (
    <>
      {manages ? (
        <form onSubmit={add} noValidate className="share-form">
          <p className="dialog__lead">
            Add someone who has a Cairn account. They see this board on their home page.
          </p>
          <div className="field-row">
            <div className="field">
              <label htmlFor={emailId}>Email</label>
              <input
                id={emailId}
                type="email"
                autoComplete="off"
                placeholder="dana@example.com"
                value={email}
                onChange={(event) => setEmail(event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={newRoleId}>Their role</label>
              <select
                id={newRoleId}
                value={newRole}
                onChange={(event) => setNewRole(roleFrom(event.target.value) ?? newRole)}
              >
                {ROLES.map((candidate) => (
                  <option key={candidate} value={candidate}>
                    {ROLE_DESCRIPTION[candidate]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="dialog__actions">
            <button type="submit" className="button button--primary" disabled={busy === 'add'}>
              {busy === 'add' ? 'Adding…' : 'Add member'}
            </button>
          </div>
        </form>
      ) : (
        <p className="dialog__lead">Only the board’s admins can add or remove members.</p>
      )}
      <h3 className="share-dialog__heading">Members of this board</h3>
      <FetchedStatus state={state} what="members" onRetry={reload} error={error} />
      {state.kind === 'loaded' && state.value.length === 0 && (
        <p className="share-list__empty">No members yet.</p>
      )}
      {state.kind === 'loaded' && state.value.length > 0 && (
        <ul className="share-list" aria-label="Members">
          {state.value.map((member) => (
            <li key={member.userId} className="share-list__item" data-testid="board-member">
              <div className="share-list__main">
                <p className="share-list__title" dir="auto">
                  {member.name}
                </p>
                {member.email !== null && (
                  <p className="share-list__meta" dir="auto">
                    {member.email}
                  </p>
                )}
              </div>
              {manages ? (
                <>
                  <select
                    aria-label={`Role of ${member.name}`}
                    value={member.role}
                    disabled={busy === member.userId}
                    onChange={(event) => {
                      const next = roleFrom(event.target.value);
                      if (next && next !== member.role) setRole(member, next);
                    }}
                  >
                    {ROLES.map((candidate) => (
                      <option key={candidate} value={candidate}>
                        {candidate}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    className="button button--danger-text"
                    aria-label={`Remove ${member.name}`}
                    disabled={busy === member.userId}
                    onClick={() => remove(member)}
                  >
                    Remove
                  </button>
                </>
              ) : (
                <span className="share-list__role">{member.role}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
