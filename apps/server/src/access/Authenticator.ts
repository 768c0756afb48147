import type { Identity } from '../auth/Identity.js';
import { TOKEN_PREFIX } from '../auth/TokenStore.js';
import type { AccessStores } from './AccessService.js';
import type { VerifiedSession } from './SessionStore.js';
import { LINK_PREFIX, type ShareLink } from './ShareLinkStore.js';
import type { UserInfo } from './UserStore.js';

/** What a request or a socket presented. */
export interface PresentedCredentials {
  /** `Authorization: Bearer …` or the provider token: an API token or a share link's secret. */
  readonly bearer?: string | undefined;
  /** The `cairn_session` cookie's value. */
  readonly sessionSecret?: string | undefined;
}

/** Who the caller is, or why they could not be told apart from nobody (a 401's reason). */
export type Authentication =
  | {
      readonly identity: Identity;
      /** Set when the session cookie authenticated the caller (CSRF rules apply). */
      readonly session?: VerifiedSession;
    }
  | { readonly failure: string };

/** True for secrets in a format Cairn issues as bearer credentials (tokens, link secrets). */
export function isBearerSecret(value: string): boolean {
  return value.startsWith(TOKEN_PREFIX) || value.startsWith(LINK_PREFIX);
}

/** The identity of a signed-in person, with the share link they opened, if any. */
export function userIdentity(user: UserInfo, sessionId: string, link?: ShareLink): Identity {
  return {
    id: user.id,
    name: user.name,
    kind: 'user',
    role: user.role,
    email: user.email,
    credentials: link ? { sessionId, linkId: link.id } : { sessionId },
  };
}

/** The identity of someone holding a share link without being signed in. */
export function guestIdentity(link: ShareLink): Identity {
  return {
    id: `link:${link.id}`,
    name: `${link.label} (guest)`,
    kind: 'guest',
    role: null,
    credentials: { linkId: link.id },
  };
}

/**
 * Establishes who is calling from what a request or socket presented (docs/access.md): an API
 * token is a `token`; a share link with a session is the signed-in `user` plus the link; a share
 * link alone is a `guest`; a session alone is the `user`. A link that no longer works adds
 * nothing to a session, and fails alone.
 */
export class Authenticator {
  constructor(private readonly stores: AccessStores) {}

  /** The identity behind what was presented (see the class comment for the precedence). */
  authenticate(presented: PresentedCredentials): Authentication {
    const { bearer } = presented;
    if (bearer?.startsWith(TOKEN_PREFIX)) {
      const identity = this.stores.tokens.verify(bearer);
      return identity ? { identity } : { failure: 'Unknown or revoked token.' };
    }
    if (bearer !== undefined && !bearer.startsWith(LINK_PREFIX)) {
      return {
        failure: 'Unknown token: send an API token (cairn_…) or a share link (cairnlink_…).',
      };
    }
    const link = bearer === undefined ? undefined : this.stores.links.verify(bearer);
    const signedIn = this.signedIn(presented.sessionSecret);
    if (signedIn) {
      return {
        identity: userIdentity(signedIn.user, signedIn.session.id, link),
        session: signedIn.session,
      };
    }
    if (link) return { identity: guestIdentity(link) };
    if (bearer !== undefined) return { failure: 'This share link was revoked or has expired.' };
    return { failure: 'Sign in, or send Authorization: Bearer <token>.' };
  }

  /** The account and session behind a session cookie, or undefined. */
  signedIn(
    sessionSecret: string | undefined,
  ): { user: UserInfo; session: VerifiedSession } | undefined {
    if (!sessionSecret) return undefined;
    const session = this.stores.sessions.verify(sessionSecret);
    const user = session && this.stores.users.get(session.userId);
    return session && user ? { user, session } : undefined;
  }
}
