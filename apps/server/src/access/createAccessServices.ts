import type { TokenStore } from '../auth/TokenStore.js';
import type { Db } from '../storage/Db.js';
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
): AccessServices {
  const stores: AccessStores = {
    tokens,
    users: new UserStore(db, now),
    sessions: new SessionStore(db, now),
    memberships: new MembershipStore(db, now),
    links: new ShareLinkStore(db, now),
  };
  return {
    ...stores,
    access: new AccessService(stores),
    authenticator: new Authenticator(stores),
    throttle: new SigninThrottle(db, now),
  };
}
