import { format } from 'date-fns';
import { useId, useState, type FormEvent } from 'react';
import type { CreatedShareLink } from '../api/accessTypes';
import type { Role, ShareableRole } from '../api/apiTypes';
import { messageOf } from '../api/messageOf';
import { useSession } from '../auth/useSession';
import { expiryOfDate } from './expiryOfDate';
import { linkRolesFor } from './linkRolesFor';
import { ROLE_DESCRIPTION } from './roleDescriptions';

/** Longest label the server takes: labels follow the rules of a person's name (1–100). */
const LABEL_MAX = 100;

interface NewShareLinkFormProps {
  readonly boardId: string;
  readonly role: Role;
  readonly onCreated: (link: CreatedShareLink) => void;
}

/** Makes a share link: a role up to the person's own, an optional name and expiry date. */
export function NewShareLinkForm({ boardId, role, onCreated }: NewShareLinkFormProps) {
  const { api } = useSession();
  const roles = linkRolesFor(role);
  const [label, setLabel] = useState('');
  const [linkRole, setLinkRole] = useState<ShareableRole>('viewer');
  const [expires, setExpires] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const labelId = useId();
  const roleId = useId();
  const expiresId = useId();
  // Render-time "today" is fine here: it only bounds the date picker.
  const today = format(new Date(), 'yyyy-MM-dd');

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const expiresAt = expiryOfDate(expires);
    if (expires !== '' && expiresAt === null) {
      setError('Pick the day the link should stop working, or leave it empty.');
      return;
    }
    if (expiresAt !== null && expiresAt <= Date.now()) {
      setError('Pick a day that has not passed yet.');
      return;
    }
    setBusy(true);
    setError(null);
    const trimmed = label.trim();
    api
      .createShareLink(boardId, {
        role: linkRole,
        ...(trimmed === '' ? {} : { label: trimmed }),
        ...(expiresAt === null ? {} : { expiresAt }),
      })
      .then(
        (link) => {
          setBusy(false);
          setLabel('');
          setExpires('');
          onCreated(link);
        },
        (failure: unknown) => {
          setError(messageOf(failure));
          setBusy(false);
        },
      );
  };

  return (
    <form onSubmit={submit} noValidate className="share-form">
      <p className="dialog__lead">
        Anyone who opens a share link can use this board with its role, without an account. People
        who are signed in keep their own name.
      </p>
      <div className="field">
        <label htmlFor={labelId}>Name (optional)</label>
        <input
          id={labelId}
          type="text"
          dir="auto"
          autoComplete="off"
          maxLength={LABEL_MAX}
          placeholder="e.g. Board of directors"
          aria-describedby={`${labelId}-hint`}
          value={label}
          onChange={(event) => setLabel(event.target.value)}
        />
        <p id={`${labelId}-hint`} className="field__hint">
          Who the link is for. Guests who open it appear as “name (guest)”.
        </p>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={roleId}>Role</label>
          <select
            id={roleId}
            value={linkRole}
            onChange={(event) => {
              const next = roles.find((candidate) => candidate === event.target.value);
              if (next) setLinkRole(next);
            }}
          >
            {roles.map((candidate) => (
              <option key={candidate} value={candidate}>
                {ROLE_DESCRIPTION[candidate]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={expiresId}>Expires (optional)</label>
          <input
            id={expiresId}
            type="date"
            min={today}
            aria-describedby={`${expiresId}-hint`}
            value={expires}
            onChange={(event) => setExpires(event.target.value)}
          />
          <p id={`${expiresId}-hint`} className="field__hint">
            Works until the end of that day. Empty: until revoked.
          </p>
        </div>
      </div>
      {error !== null && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create link'}
        </button>
      </div>
    </form>
  );
}
