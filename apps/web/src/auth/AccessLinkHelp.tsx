/**
 * For people who were sent a link rather than asked to make an account: the sign-in page tells
 * them that the link itself is the way in.
 */
export function AccessLinkHelp() {
  return (
    <aside className="auth-page__aside" aria-label="Opening a shared link">
      <h2 className="auth-page__aside-title">Were you sent a link?</h2>
      <p>
        A link to a board looks like <code>https://your-cairn-host/b/…#link=…</code>, and an access
        link like <code>https://your-cairn-host/#token=…</code>. Open it in this browser: it works
        without an account. If it no longer works, ask the person who shared it for a new one.
      </p>
      <p>Running Cairn yourself? The server prints an admin access link in its start-up output.</p>
    </aside>
  );
}
