import { FullPageMessage } from '../ui/FullPageMessage';
import type { TabCredential } from './TabCredential';

interface AccessDeniedPageProps {
  /** The refused credential: the words differ for an access link and a board's share link. */
  readonly credential: TabCredential;
  /** Forgets it; the app then carries on with the session cookie, or asks to sign in. */
  readonly onForget: () => void;
}

/** Shown when the server answers 401 to the tab's API token or share link. */
export function AccessDeniedPage({ credential, onForget }: AccessDeniedPageProps) {
  if (credential.kind === 'link') {
    return (
      <FullPageMessage title="This share link no longer works" tone="alert">
        <p>
          The Cairn server did not accept the link this tab was opened with. It may have been
          revoked or have expired, or it was copied incompletely.
        </p>
        <p>Ask the person who shared the board for a new link, or sign in with your account.</p>
        <button type="button" className="button button--primary" onClick={onForget}>
          Forget this link and sign in
        </button>
      </FullPageMessage>
    );
  }
  return (
    <FullPageMessage title="Your access link no longer works" tone="alert">
      <p>
        The Cairn server did not accept the access link this tab was opened with. It may have been
        revoked, or copied incompletely.
      </p>
      <p>Ask the person who shared Cairn with you for a new link, or sign in with your account.</p>
      <p className="full-page-message__aside">
        Running Cairn yourself? The server prints an admin access link in its start-up output.
      </p>
      <button type="button" className="button" onClick={onForget}>
        Forget this link
      </button>
    </FullPageMessage>
  );
}
