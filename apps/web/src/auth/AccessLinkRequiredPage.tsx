import { FullPageMessage } from '../ui/FullPageMessage';

/** Shown when this tab holds no token: Cairn has no sign-in form, only access links. */
export function AccessLinkRequiredPage() {
  return (
    <FullPageMessage title="You need an access link">
      <p>
        Cairn opens through a personal access link, which looks like{' '}
        <code>https://your-cairn-host/#token=…</code>. Ask the person who runs Cairn, or a board’s
        admin, to share one with you, then open it in this browser.
      </p>
      <p className="full-page-message__aside">
        Running Cairn yourself? The server prints an admin access link in its start-up output.
      </p>
    </FullPageMessage>
  );
}
