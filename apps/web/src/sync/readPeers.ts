import type { PresencePeer, PresenceUser } from './PresencePeer';

function readUser(value: unknown): PresenceUser | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, name, color, role } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof name !== 'string') return null;
  return {
    id,
    name,
    color: typeof color === 'string' ? color : '#64748b',
    role: typeof role === 'string' ? role : '',
  };
}

/**
 * The other connections in an awareness state map, sorted by name. States without a
 * server-stamped `user` (a connection the server has not stamped yet) are left out: we cannot
 * say who they are. Everything is read defensively, since any client can write any state.
 */
export function readPeers(
  states: ReadonlyMap<number, Record<string, unknown>>,
  selfClientId: number,
): PresencePeer[] {
  const peers: PresencePeer[] = [];
  for (const [clientId, state] of states) {
    if (clientId === selfClientId) continue;
    const user = readUser(state['user']);
    if (user === null) continue;
    const editing = state['editing'];
    peers.push({ clientId, user, editing: typeof editing === 'string' ? editing : null });
  }
  return peers.sort((a, b) => a.user.name.localeCompare(b.user.name) || a.clientId - b.clientId);
}
