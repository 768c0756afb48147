import { useId, useRef, useState, type FormEvent } from 'react';
import { SHAREABLE_ROLES, type CreatedToken, type ShareableRole } from '../api/apiTypes';
import { useSession } from '../auth/useSession';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { copyText } from './copyText';
import { shareLink } from './shareLink';

const ROLE_DESCRIPTION: Readonly<Record<ShareableRole, string>> = {
  viewer: 'Viewer: can read boards',
  commenter: 'Commenter: can read boards (and comment, when comments arrive)',
  editor: 'Editor: can change boards',
};

interface ShareDialogProps {
  readonly boardId: string;
  readonly onClose: () => void;
}

/**
 * Admins make a personal access link for someone: a new token with a name and a role, shown once
 * as a link to this board.
 */
export function ShareDialog({ boardId, onClose }: ShareDialogProps) {
  const { api } = useSession();
  const [name, setName] = useState('');
  const [role, setRole] = useState<ShareableRole>('viewer');
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const nameId = useId();
  const roleId = useId();
  const linkId = useId();

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (name.trim() === '') {
      setError('Enter the name of the person you are sharing with.');
      return;
    }
    setBusy(true);
    setError(null);
    api.createToken({ name: name.trim(), role }).then(
      (token) => {
        setCreated(token);
        setBusy(false);
      },
      (failure: unknown) => {
        setError(failure instanceof Error ? failure.message : String(failure));
        setBusy(false);
      },
    );
  };

  if (created !== null) {
    const link = shareLink(window.location.origin, boardId, created.token);
    return (
      <Dialog title="Link created" onClose={onClose}>
        <p>
          This link signs in <strong dir="auto">{created.name}</strong> with the {created.role}{' '}
          role. Send it to them privately: anyone with it can use it. It is shown only once.
        </p>
        <div className="field">
          <label htmlFor={linkId}>Share link</label>
          <div className="copy-field">
            <input
              ref={linkRef}
              id={linkId}
              type="text"
              readOnly
              value={link}
              onFocus={(event) => event.currentTarget.select()}
            />
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                void copyText(link, linkRef.current).then((ok) => setCopied(ok ? 'yes' : 'failed'));
              }}
            >
              <Icon name="copy" /> Copy link
            </button>
          </div>
          <p className="field__hint" aria-live="polite">
            {copied === 'yes' && 'Link copied to the clipboard.'}
            {copied === 'failed' && 'Could not copy: select the link and copy it yourself.'}
          </p>
        </div>
        <div className="dialog__actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              setCreated(null);
              setName('');
              setCopied(null);
            }}
          >
            Share with someone else
          </button>
          <button type="button" className="button button--primary" onClick={onClose}>
            Done
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title="Share this board" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p className="dialog__lead">
          Create a personal access link. The person opens it in their browser; no account needed.
        </p>
        <div className="field">
          <label htmlFor={nameId}>Name</label>
          <input
            id={nameId}
            type="text"
            dir="auto"
            autoComplete="off"
            placeholder="e.g. Dana from Sales"
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={roleId}>Role</label>
          <select
            id={roleId}
            value={role}
            onChange={(event) => {
              const next = SHAREABLE_ROLES.find((candidate) => candidate === event.target.value);
              if (next) setRole(next);
            }}
          >
            {SHAREABLE_ROLES.map((candidate) => (
              <option key={candidate} value={candidate}>
                {ROLE_DESCRIPTION[candidate]}
              </option>
            ))}
          </select>
        </div>
        {error !== null && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Creating…' : 'Create link'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
