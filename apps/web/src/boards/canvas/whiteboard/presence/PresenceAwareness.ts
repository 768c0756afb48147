/** Which connections' states changed, as y-protocols' Awareness announces it. */
export interface AwarenessChanges {
  readonly added: readonly number[];
  readonly updated: readonly number[];
  readonly removed: readonly number[];
}

/**
 * The part of the board's awareness (`BoardAwareness`) that whiteboard presence uses, narrow
 * enough to fake in unit tests. States are `unknown` inside: any client can write anything.
 */
export interface PresenceAwareness {
  /** This connection's own id, skipped when reading other people's states. */
  readonly clientID: number;
  getStates(): ReadonlyMap<number, unknown>;
  setLocalStateField(field: string, value: unknown): void;
  on(event: 'change', listener: (changes: AwarenessChanges) => void): void;
  off(event: 'change', listener: (changes: AwarenessChanges) => void): void;
}
