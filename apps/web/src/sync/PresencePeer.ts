/** Another person on the board, as the server stamped them into awareness. */
export interface PresenceUser {
  readonly id: string;
  readonly name: string;
  /** A CSS colour chosen by the server, stable per person. */
  readonly color: string;
  readonly role: string;
}

/** One connection (a tab) of another person. One person may have several. */
export interface PresencePeer {
  /** The Yjs client id of the connection. */
  readonly clientId: number;
  readonly user: PresenceUser;
  /** Id of the item they have open in the editor, or null. */
  readonly editing: string | null;
}
