import { Hono, type Context } from 'hono';
import type { ApiEnv } from '../api/ApiEnv.js';
import { ApiError } from '../api/ApiError.js';
import { checkOrigin } from '../api/authenticate.js';
import { parseBody } from '../api/parseBody.js';
import type { Identity } from '../auth/Identity.js';
import { isAllowedOrigin } from '../auth/originPolicy.js';
import { presenceColor } from '../collab/presenceColor.js';
import type { AccessChange } from './AccessChange.js';
import { userIdentity } from './Authenticator.js';
import type { AccessServices } from './createAccessServices.js';
import { hashPassword, verifyPassword } from './passwordHash.js';
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from './sessionCookie.js';
import { signinBody, signupBody } from './accessBodies.js';

/** What the account routes need. */
export interface AuthRouteDependencies {
  readonly accounts: AccessServices;
  readonly allowedOrigins: readonly string[];
  /** Closes the sockets that a change of access ended, at once. */
  readonly onAccessChanged: (change: AccessChange) => void;
}

/** `Me`: who the caller is, as `GET /api/me` and signing in answer; never the credentials. */
export function me(identity: Identity) {
  return {
    id: identity.id,
    name: identity.name,
    kind: identity.kind,
    ...(identity.email === undefined ? {} : { email: identity.email }),
    role: identity.role,
    // The color presence shows for this person, so their own caret matches.
    color: presenceColor(identity.id),
  };
}

/**
 * `/api/auth/*`: sign up, sign in, sign out (docs/access.md). Mounted before `authenticate`:
 * these routes establish sessions rather than need one.
 */
export function authRoutes(deps: AuthRouteDependencies): Hono<ApiEnv> {
  const { users, sessions, throttle, authenticator } = deps.accounts;
  const app = new Hono<ApiEnv>();

  /**
   * Signing in or up from another site would sign the visitor into an attacker's account
   * (login CSRF): a browser's foreign Origin is refused; programs send none.
   */
  const refuseForeignOrigin = (c: Context<ApiEnv>) => {
    const origin = c.req.header('origin');
    if (
      origin !== undefined &&
      !isAllowedOrigin(origin, c.req.header('host'), deps.allowedOrigins)
    ) {
      throw new ApiError(403, 'Cross-site sign-in refused: sign in from this server’s pages.');
    }
  };

  const startSession = (c: Context<ApiEnv>, userId: string): Identity => {
    const user = users.get(userId);
    if (!user) throw new Error(`Account ${userId} vanished while signing in.`);
    const session = sessions.create(user.id);
    writeSessionCookie(c, session.secret);
    return userIdentity(user, session.id);
  };

  app.post('/signup', async (c) => {
    refuseForeignOrigin(c);
    const body = await parseBody(c, signupBody);
    const user = users.create(body.email, body.name, await hashPassword(body.password));
    if (!user) throw new ApiError(409, 'An account with this email already exists; sign in.');
    return c.json(me(startSession(c, user.id)), 201);
  });

  app.post('/signin', async (c) => {
    refuseForeignOrigin(c);
    const body = await parseBody(c, signinBody);
    if (throttle.isBlocked(body.email)) {
      throw new ApiError(429, 'Too many failed sign-ins for this email; try again in 15 minutes.');
    }
    const found = users.findForSignIn(body.email);
    const matches = await verifyPassword(found?.passwordHash, body.password);
    if (!found || !matches) {
      throttle.recordFailure(body.email);
      throw new ApiError(401, 'Wrong email or password.');
    }
    throttle.recordSuccess(body.email);
    return c.json(me(startSession(c, found.user.id)));
  });

  /** The session of this request's cookie, after the CSRF check; undefined when signed out. */
  const currentSession = (c: Context<ApiEnv>) => {
    const signedIn = authenticator.signedIn(readSessionCookie(c));
    if (signedIn) {
      checkOrigin(c.req.method, c.req.header('origin'), c.req.header('host'), deps.allowedOrigins);
    }
    return signedIn;
  };

  app.post('/signout', (c) => {
    const signedIn = currentSession(c);
    clearSessionCookie(c);
    if (signedIn) {
      sessions.end(signedIn.session.id);
      deps.onAccessChanged({ personId: signedIn.user.id });
    }
    return c.body(null, 204);
  });

  app.post('/signout-everywhere', (c) => {
    const signedIn = currentSession(c);
    if (!signedIn) throw new ApiError(401, 'Not signed in.');
    sessions.endAllOf(signedIn.user.id);
    clearSessionCookie(c);
    deps.onAccessChanged({ personId: signedIn.user.id });
    return c.body(null, 204);
  });

  return app;
}
