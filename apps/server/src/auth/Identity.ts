import type { Role } from './roles.js';

/**
 * Who is calling, as the server established it from a token. This is what the server stamps on
 * presence, so nobody can appear under another name.
 */
export interface Identity {
  /** Id of the token (stable across renames). */
  readonly id: string;
  readonly name: string;
  readonly role: Role;
}
