import { Link } from 'react-router';
import { FullPageMessage } from '../ui/FullPageMessage';

/** Any path the app does not know. */
export function NotFoundPage() {
  return (
    <FullPageMessage title="Page not found">
      <p>There is nothing at this address.</p>
      <Link className="button" to="/">
        See your boards
      </Link>
    </FullPageMessage>
  );
}
