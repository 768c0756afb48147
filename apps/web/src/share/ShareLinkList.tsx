import { format } from 'date-fns';
import type { ShareLink } from '../api/accessTypes';
import { RelativeTime } from '../ui/RelativeTime';
import { shareLinkState, type ShareLinkState } from './shareLinkState';

interface ShareLinkListProps {
  readonly links: readonly ShareLink[];
  /** When the list was fetched: states and relative times are measured from it. */
  readonly now: number;
  /** Whether the person may revoke this link (board admins: any; editors: their own). */
  readonly canRevoke: (link: ShareLink) => boolean;
  /** Id of the link being revoked, whose button waits. */
  readonly revoking: string | null;
  readonly onRevoke: (link: ShareLink) => void;
}

const ORDER: Readonly<Record<ShareLinkState, number>> = { active: 0, expired: 1, revoked: 2 };

function stateText(link: ShareLink, state: ShareLinkState): string {
  switch (state) {
    case 'active':
      return link.expiresAt === null ? 'Active' : `Active until ${format(link.expiresAt, 'PP')}`;
    case 'expired':
      return 'Expired';
    case 'revoked':
      return 'Revoked';
  }
}

/** The board's share links, working ones first, each with who made it, its state and Revoke. */
export function ShareLinkList({ links, now, canRevoke, revoking, onRevoke }: ShareLinkListProps) {
  if (links.length === 0) {
    return <p className="share-list__empty">No share links yet.</p>;
  }
  const sorted = links
    .map((link) => ({ link, state: shareLinkState(link, now) }))
    .sort((a, b) => ORDER[a.state] - ORDER[b.state] || b.link.createdAt - a.link.createdAt);
  return (
    <ul className="share-list" aria-label="Existing links">
      {sorted.map(({ link, state }) => {
        const name = link.label ?? 'Unnamed link';
        return (
          <li key={link.id} className="share-list__item" data-testid="share-link">
            <div className="share-list__main">
              <p className="share-list__title" dir="auto">
                {name}
              </p>
              <p className="share-list__meta">
                <span className="share-list__role">{link.role}</span> · made by{' '}
                <bdi>{link.createdBy.name}</bdi> <RelativeTime ms={link.createdAt} now={now} />
              </p>
            </div>
            <span className={`share-state share-state--${state}`}>{stateText(link, state)}</span>
            {state === 'active' && canRevoke(link) && (
              <button
                type="button"
                className="button button--danger-text"
                aria-label={`Revoke ${name}`}
                disabled={revoking === link.id}
                onClick={() => onRevoke(link)}
              >
                {revoking === link.id ? 'Revoking…' : 'Revoke'}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
