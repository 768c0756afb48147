import type { TLInstancePresence } from 'tldraw';

/** The awareness field that carries a person's whiteboard presence, beside the server's `user`. */
export const PRESENCE_FIELD = 'tldraw';

type Field<Key extends keyof TLInstancePresence> = TLInstancePresence[Key];

/**
 * What one connection publishes in {@link PRESENCE_FIELD}: tldraw's presence without identity
 * or clock. `userId`, `userName` and `color` are left out because receivers take them from the
 * `user` field the server stamps (a client's claim about itself is never trusted);
 * `lastActivityTimestamp` is left out because receivers stamp their own clock when the state
 * changes, so a skewed clock cannot hide a cursor or pin it on screen.
 */
export interface PublishedPresence {
  /** The page the person is on: their cursor shows only to people on the same page. */
  readonly currentPageId: Field<'currentPageId'>;
  /** With `screenBounds`, what the person sees: the viewport that following copies. */
  readonly camera: Field<'camera'>;
  readonly screenBounds: Field<'screenBounds'>;
  /** The pointer in page coordinates, with the cursor's type and rotation. */
  readonly cursor: Field<'cursor'>;
  /** Drawn as the person's selection outline on everyone else's canvas. */
  readonly selectedShapeIds: Field<'selectedShapeIds'>;
  /** The rubber band of a drag-select, and the trails of the laser and the eraser. */
  readonly brush: Field<'brush'>;
  readonly scribbles: Field<'scribbles'>;
  /** Whom the person follows: tldraw uses it to break follow loops and to show who follows you. */
  readonly followingUserId: Field<'followingUserId'>;
  /** tldraw's cursor chat. */
  readonly chatMessage: Field<'chatMessage'>;
}

/** Every key of {@link PublishedPresence}: the only keys a receiver reads from a state. */
export const PUBLISHED_PRESENCE_KEYS = [
  'currentPageId',
  'camera',
  'screenBounds',
  'cursor',
  'selectedShapeIds',
  'brush',
  'scribbles',
  'followingUserId',
  'chatMessage',
] as const satisfies ReadonlyArray<keyof PublishedPresence>;

/** The part of `presence` this person publishes (see {@link PublishedPresence}). */
export function publishedPresenceOf(presence: TLInstancePresence): PublishedPresence {
  return {
    currentPageId: presence.currentPageId,
    camera: presence.camera,
    screenBounds: presence.screenBounds,
    cursor: presence.cursor,
    selectedShapeIds: presence.selectedShapeIds,
    brush: presence.brush,
    scribbles: presence.scribbles,
    followingUserId: presence.followingUserId,
    chatMessage: presence.chatMessage,
  };
}
