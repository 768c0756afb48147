import { Link, Outlet, useLocation } from 'react-router';
import type { Me } from '../api/apiTypes';
import { signInPathFor } from '../auth/nextPath';
import { useSession } from '../auth/useSession';
import { InboxLink } from '../inbox/InboxLink';
import { AccountMenu } from './AccountMenu';
import '../styles/auth.css';
import { MeSummary } from './MeSummary';

/** Who is there, for API tokens and guests, who have no account to open a menu for. */
function PrincipalBadge({ me }: { readonly me: Me }) {
  const title = me.role === null ? me.name : `${me.name} (${me.role})`;
  return (
    <p className="app-bar__me" title={`Using Cairn as ${title}`}>
      <MeSummary me={me} />
    </p>
  );
}

/** The top bar (brand, inbox, members for workspace admins, who is there) above every page. */
export function AppLayout() {
  const { me } = useSession();
  const location = useLocation();
  return (
    <div className="app">
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <header className="app-bar">
        <Link to="/" className="app-bar__brand">
          <img src="/favicon.svg" alt="" width="24" height="24" />
          Cairn
        </Link>
        <div className="app-bar__end">
          <InboxLink />
          {me.role === 'admin' && (
            <Link to="/members" className="app-bar__link">
              Members
            </Link>
          )}
          {me.kind === 'guest' && (
            <Link
              to={signInPathFor(`${location.pathname}${location.search}`)}
              className="app-bar__link"
            >
              Sign in
            </Link>
          )}
          {me.kind === 'user' ? <AccountMenu me={me} /> : <PrincipalBadge me={me} />}
        </div>
      </header>
      <div id="content" className="app__content">
        <Outlet />
      </div>
    </div>
  );
}
