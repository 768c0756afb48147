import type { CreatedShareLink } from '../api/accessTypes';
import { ShownOnce } from '../ui/ShownOnce';
import { shareLinkUrl } from './shareLinkUrl';

interface CreatedLinkProps {
  readonly boardId: string;
  readonly link: CreatedShareLink;
  readonly onDone: () => void;
}

/**
 * The link just made, shown once: the server keeps only a hash of its secret. The address is
 * built here, from this page's origin, so it opens the Cairn the person is using.
 */
export function CreatedLink({ boardId, link, onDone }: CreatedLinkProps) {
  return (
    <ShownOnce
      label="Share link"
      value={shareLinkUrl(window.location.origin, boardId, link.secret)}
      onDone={onDone}
      doneLabel="Make another link"
    >
      <p>
        Anyone with this link can open the board as a <strong>{link.role}</strong>
        {link.label !== null && (
          <>
            {' '}
            under the name <strong dir="auto">{link.label}</strong>
          </>
        )}
        . Send it privately. It is shown only once.
      </p>
    </ShownOnce>
  );
}
