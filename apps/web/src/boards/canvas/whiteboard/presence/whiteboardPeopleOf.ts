import type { TLInstancePresence, TLUserId } from 'tldraw';

/** Another person on the whiteboard, as the people panel lists them. */
export interface WhiteboardPerson {
  readonly userId: TLUserId;
  /** Server-stamped, untrusted text: rendered as text only. */
  readonly name: string;
  readonly color: string;
  /** They follow this person (after "Bring everyone here", or by choice). */
  readonly followsMe: boolean;
}

/**
 * The people behind tldraw's collaborators (one per person, however many tabs), without this
 * person (their other tabs), sorted by name and then id so every render lists them alike.
 */
export function whiteboardPeopleOf(
  collaborators: readonly TLInstancePresence[],
  myUserId: TLUserId,
): WhiteboardPerson[] {
  return collaborators
    .filter((presence) => presence.userId !== myUserId)
    .map((presence) => ({
      userId: presence.userId,
      name: presence.userName,
      color: presence.color,
      followsMe: presence.followingUserId === myUserId,
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
}

/** Whether two lists show the same people the same way (cursor moves change neither). */
export function sameWhiteboardPeople(
  a: readonly WhiteboardPerson[],
  b: readonly WhiteboardPerson[],
): boolean {
  return (
    a.length === b.length &&
    a.every((person, index) => {
      const other = b[index];
      return (
        other !== undefined &&
        person.userId === other.userId &&
        person.name === other.name &&
        person.color === other.color &&
        person.followsMe === other.followsMe
      );
    })
  );
}
