import type { TokenStore } from '../auth/TokenStore.js';
import type { Db } from '../storage/Db.js';
import { AccessEpoch } from './AccessEpoch.js';
import { AccessService, type AccessStores } from './AccessService.js';
import { Authenticator } from './Authenticator.js';
import { MembershipStore } from './MembershipStore.js';
import { SessionStore } from './SessionStore.js';
import { ShareLinkStore } from './ShareLinkStore.js';
import { SigninThrottle } from './SigninThrottle.js';
import { UserStore } from './UserStore.js';

/** Accounts, sessions, memberships and share links, and what decides from them (docs/access.md). */
export interface AccessServices extends AccessStores {
  readonly access: AccessService;
  readonly authenticator: Authenticator;
  readonly throttle: SigninThrottle;
}

/** Makes the access services of one server over its database. */
export function createAccessServices(
  db: Db,
  tokens: TokenStore,
  now: () => number,
  /** Advanced by every store write that changes someone's access (also `tokens`' own). */
  epoch: AccessEpoch = new AccessEpoch(),
): AccessServices {
  const stores: AccessStores = {
    tokens,
    users: new UserStore(db, now, epoch),
    sessions: new SessionStore(db, now, epoch),
    memberships: new MembershipStore(db, now, epoch),
    links: new ShareLinkStore(db, now, epoch),
  };
  return {
    ...stores,
    access: new AccessService(stores),
    authenticator: new Authenticator(stores),
    throttle: new SigninThrottle(db, now),
  };
}
