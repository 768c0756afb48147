import { FullPageMessage } from '../ui/FullPageMessage';

interface AccessDeniedPageProps {
  /** Forgets the stored token, so the person can open a new link. */
  readonly onForget: () => void;
}

/** Shown when the server answers 401: the stored token was refused. */
export function AccessDeniedPage({ onForget }: AccessDeniedPageProps) {
  return (
    <FullPageMessage title="Your access link no longer works" tone="alert">
      <p>
        The Cairn server did not accept the access link this tab was opened with. It may have been
        revoked, or copied incompletely.
      </p>
      <p>Ask the person who shared Cairn with you for a new link, then open it here.</p>
      <p className="full-page-message__aside">
        Running Cairn yourself? The server prints an admin access link in its start-up output.
      </p>
      <button type="button" className="button" onClick={onForget}>
        Forget this link
      </button>
    </FullPageMessage>
  );
}
