import type { Access } from '../auth/Access.js';
import type { Identity, Person } from '../auth/Identity.js';
import { strongestRole, type Role } from '../auth/roles.js';
import type { TokenStore } from '../auth/TokenStore.js';
import type { MembershipStore } from './MembershipStore.js';
import type { SessionStore } from './SessionStore.js';
import type { ShareLinkStore } from './ShareLinkStore.js';
import type { UserStore } from './UserStore.js';

/** The stores access is decided from. */
export interface AccessStores {
  readonly tokens: TokenStore;
  readonly users: UserStore;
  readonly sessions: SessionStore;
  readonly memberships: MembershipStore;
  readonly links: ShareLinkStore;
}

/**
 * Decides roles (docs/access.md): a principal's role on a board is the strongest of its
 * workspace role, its board membership and the working share link it presented. Every lookup is
 * one indexed query on a prepared statement, re-read each time rather than cached, so a change
 * (a revoked link, a removed member) counts from the next check on.
 */
export class AccessService implements Access {
  constructor(private readonly stores: AccessStores) {}

  roleOn(identity: Identity, boardId: string): Role | null {
    return strongestRole(this.ownRoleOn(identity, boardId), this.linkRoleOn(identity, boardId));
  }

  /**
   * The role a principal holds on a board by itself, without any share link: what managing
   * share links goes by, so a link's holder cannot mint links that outlive it.
   */
  ownRoleOn(identity: Identity, boardId: string): Role | null {
    switch (identity.kind) {
      case 'token':
        return identity.role;
      case 'user':
        return this.userRoleOn(identity.id, boardId);
      case 'guest':
        return null;
    }
  }

  currentUntil(identity: Identity): number | null {
    const { sessionId, tokenId, linkId } = identity.credentials;
    switch (identity.kind) {
      case 'token':
        return tokenId !== undefined && this.stores.tokens.isActive(tokenId) ? Infinity : null;
      case 'user': {
        const sessionEnds =
          sessionId === undefined ? null : this.stores.sessions.activeUntil(sessionId);
        // A link the person also presented changes their role when it expires.
        return sessionEnds === null ? null : Math.min(sessionEnds, this.linkExpiry(linkId));
      }
      case 'guest': {
        const link = linkId === undefined ? undefined : this.stores.links.working(linkId);
        return link ? (link.expiresAt ?? Infinity) : null;
      }
    }
  }

  /** When link `linkId` stops working by itself; Infinity for none, or one that never expires. */
  private linkExpiry(linkId: string | undefined): number {
    if (linkId === undefined) return Infinity;
    return this.stores.links.working(linkId)?.expiresAt ?? Infinity;
  }

  roleOfPerson(personId: string, boardId: string): Role | null {
    if (this.stores.users.get(personId)) return this.userRoleOn(personId, boardId);
    const token = this.stores.tokens.get(personId);
    return token && token.revokedAt === null ? token.role : null;
  }

  peopleOn(boardId: string): Person[] {
    const users = this.stores.users
      .readersOf(boardId)
      .map((user): Person => ({ id: user.id, name: user.name, kind: 'user' }));
    const tokens = this.stores.tokens
      .list()
      .filter((token) => token.revokedAt === null)
      .map((token): Person => ({ id: token.id, name: token.name, kind: 'token' }));
    return [...users, ...tokens];
  }

  /** The name of a user or token, for lists that show who did something; the id if unknown. */
  nameOf(personId: string): string {
    return (
      this.stores.users.get(personId)?.name ?? this.stores.tokens.get(personId)?.name ?? personId
    );
  }

  /** The creator of a board, if a signed-in person, becomes its board admin. */
  recordCreator(boardId: string, identity: Identity): void {
    if (identity.kind === 'user') this.stores.memberships.set(boardId, identity.id, 'admin');
  }

  private userRoleOn(userId: string, boardId: string): Role | null {
    return strongestRole(
      this.stores.users.roleOf(userId),
      this.stores.memberships.roleOf(boardId, userId),
    );
  }

  private linkRoleOn(identity: Identity, boardId: string): Role | null {
    const { linkId } = identity.credentials;
    if (linkId === undefined) return null;
    const link = this.stores.links.working(linkId);
    return link?.boardId === boardId ? link.role : null;
  }
}
