import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { FullPageMessage } from '../ui/FullPageMessage';

/** A page that failed to render: say so, keep the way home open, and log the cause. */
export function RouteErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <FullPageMessage title="Page not found">
        <Link className="button" to="/">
          See your boards
        </Link>
      </FullPageMessage>
    );
  }
  console.error(error);
  return (
    <FullPageMessage title="Something went wrong" tone="alert">
      <p>This page hit an unexpected problem. Your saved changes are safe on the server.</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        Reload the page
      </button>
    </FullPageMessage>
  );
}
