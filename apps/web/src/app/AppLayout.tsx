import { Link, Outlet } from 'react-router';
import { useSession } from '../auth/useSession';
import { InboxLink } from '../inbox/InboxLink';
import { initialsOf } from '../ui/initialsOf';

/** The top bar (brand, who is signed in) above every page. */
export function AppLayout() {
  const { me } = useSession();
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
        <InboxLink />
        <p className="app-bar__me" title={`Signed in as ${me.name} (${me.role})`}>
          <span className="app-bar__initials" aria-hidden="true">
            {initialsOf(me.name)}
          </span>
          <span className="app-bar__name" dir="auto">
            {me.name}
          </span>
          <span className="app-bar__role">{me.role}</span>
        </p>
      </header>
      <div id="content" className="app__content">
        <Outlet />
      </div>
    </div>
  );
}
