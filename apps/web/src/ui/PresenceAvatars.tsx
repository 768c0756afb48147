import type { CSSProperties } from 'react';
import type { PresencePeer, PresenceUser } from '../sync/PresencePeer';
import { initialsOf } from './initialsOf';
import { readableTextColor } from './readableTextColor';

/** More people than this fold into a "+N" chip, so the header stays one line on a phone. */
const MAX_SHOWN = 6;

function uniqueUsers(peers: readonly PresencePeer[]): PresenceUser[] {
  const byId = new Map<string, PresenceUser>();
  for (const peer of peers) if (!byId.has(peer.user.id)) byId.set(peer.user.id, peer.user);
  return [...byId.values()];
}

/** The other people on the board: one avatar per person, however many tabs they have open. */
export function PresenceAvatars({ peers }: { readonly peers: readonly PresencePeer[] }) {
  const users = uniqueUsers(peers);
  if (users.length === 0) return null;
  const shown = users.slice(0, MAX_SHOWN);
  const hidden = users.slice(MAX_SHOWN);
  return (
    <ul className="presence" aria-label="Also on this board">
      {shown.map((user) => (
        <li key={user.id}>
          <span
            className="presence__avatar"
            data-testid="presence-avatar"
            data-user-id={user.id}
            role="img"
            aria-label={user.name}
            title={user.role ? `${user.name} (${user.role})` : user.name}
            style={
              {
                '--avatar-color': user.color,
                '--avatar-text': readableTextColor(user.color),
              } as CSSProperties
            }
          >
            {initialsOf(user.name)}
          </span>
        </li>
      ))}
      {hidden.length > 0 && (
        <li>
          <span
            className="presence__avatar presence__avatar--more"
            role="img"
            aria-label={`and ${hidden.length} more: ${hidden.map((user) => user.name).join(', ')}`}
            title={hidden.map((user) => user.name).join(', ')}
          >
            +{hidden.length}
          </span>
        </li>
      )}
    </ul>
  );
}
