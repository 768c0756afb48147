import { createUserId, InstancePresenceRecordType, type TLInstancePresence } from 'tldraw';
import { PRESENCE_FIELD, PUBLISHED_PRESENCE_KEYS } from './PublishedPresence';

/** Shown for a stamped user without a colour; the app's presence avatars use the same grey. */
const FALLBACK_COLOR = '#64748b';

interface StampedUser {
  readonly id: string;
  readonly name: string;
  readonly color: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The identity the server wrote into the state (PresenceExtension), or null when unstamped. */
function readStampedUser(value: unknown): StampedUser | null {
  if (!isObject(value)) return null;
  const { id, name, color } = value;
  if (typeof id !== 'string' || typeof name !== 'string') return null;
  return { id, name, color: typeof color === 'string' ? color : FALLBACK_COLOR };
}

/**
 * The id of the presence record of one awareness connection. Per connection, not per person: a
 * person with two tabs has two records, and tldraw shows the one active most recently.
 */
export function presenceIdOfClient(clientId: number): TLInstancePresence['id'] {
  return InstancePresenceRecordType.createId(`awareness-${clientId}`);
}

/**
 * The tldraw presence record of another connection's awareness `state`, or null when the state
 * has no server-stamped `user`, publishes no whiteboard presence, or publishes anything tldraw's
 * own validator refuses. Never throws: any client can write any state.
 *
 * Identity (user id, name, colour) comes only from the stamped `user`, whatever the state's
 * presence field claims; `receivedAt` (this machine's clock) becomes the last activity, so other
 * people's clocks do not matter. Keys other than the published ones are ignored.
 */
export function presenceFromAwarenessState(
  clientId: number,
  state: unknown,
  receivedAt: number,
): TLInstancePresence | null {
  if (!isObject(state)) return null;
  const user = readStampedUser(state['user']);
  const published = state[PRESENCE_FIELD];
  if (user === null || !isObject(published)) return null;
  const candidate: Record<string, unknown> = {};
  for (const key of PUBLISHED_PRESENCE_KEYS) candidate[key] = published[key];
  try {
    return InstancePresenceRecordType.validate({
      ...candidate,
      typeName: 'instance_presence',
      id: presenceIdOfClient(clientId),
      userId: createUserId(user.id),
      userName: user.name,
      color: user.color,
      lastActivityTimestamp: receivedAt,
      meta: {},
    });
  } catch {
    return null;
  }
}
