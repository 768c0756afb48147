import type { Access } from '../auth/Access.js';
import type { Identity, Person } from '../auth/Identity.js';
import type { Role } from '../auth/roles.js';
import type { TokenStore } from '../auth/TokenStore.js';

/**
 * Decides roles from workspace roles alone (API tokens). Accounts, board memberships and share
 * links extend it (docs/access.md).
 */
export class AccessService implements Access {
  constructor(private readonly tokens: TokenStore) {}

  roleOn(identity: Identity, _boardId: string): Role | null {
    return identity.role;
  }

  isCurrent(identity: Identity): boolean {
    const { tokenId } = identity.credentials;
    return tokenId !== undefined && this.tokens.isActive(tokenId);
  }

  roleOfPerson(personId: string, _boardId: string): Role | null {
    const token = this.tokens.get(personId);
    return token && token.revokedAt === null ? token.role : null;
  }

  peopleOn(_boardId: string): Person[] {
    return this.tokens
      .list()
      .filter((token) => token.revokedAt === null)
      .map((token) => ({ id: token.id, name: token.name, kind: 'token' }));
  }
}
