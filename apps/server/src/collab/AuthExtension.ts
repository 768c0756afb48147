import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { parse as parseCookies } from 'hono/utils/cookie';
import { isBearerSecret, type Authenticator } from '../access/Authenticator.js';
import { SESSION_COOKIE } from '../access/sessionCookie.js';
import type { Access } from '../auth/Access.js';
import { canEdit } from '../auth/roles.js';
import type { BoardIndex } from '../storage/BoardIndex.js';
import { isBoardId } from './boardIdPattern.js';
import type { CollabContext } from './CollabContext.js';

/**
 * A refusal the provider receives as `authenticationFailed` with this reason. The message stays
 * empty: Hocuspocus prints hook errors that have one, and a wrong token is not a server fault.
 */
function refuse(reason: string): Error & { reason: string } {
  return Object.assign(new Error(), { reason });
}

/**
 * Authenticates every socket per document (docs/access.md): the provider token is an API token
 * or a share link's secret; when it is empty (or not one of those), the session cookie sent
 * with the upgrade request signs the person in. The board must exist and the principal must
 * have a role on it. Viewers and commenters get a read-only connection, so Hocuspocus drops
 * their document updates before they reach the document or anyone else. Access is re-checked
 * before every later message by the socket's frame check (`limits/SocketGuard.ts`), once.
 */
export class AuthExtension implements Extension<CollabContext> {
  readonly extensionName = 'cairn-auth';

  constructor(
    private readonly authenticator: Authenticator,
    private readonly boards: BoardIndex,
    private readonly access: Access,
  ) {}

  async onAuthenticate(payload: onAuthenticatePayload<CollabContext>): Promise<CollabContext> {
    const cookies = parseCookies(payload.requestHeaders.get('cookie') ?? '', SESSION_COOKIE);
    const result = this.authenticator.authenticate({
      bearer: isBearerSecret(payload.token) ? payload.token : undefined,
      sessionSecret: cookies[SESSION_COOKIE],
    });
    if ('failure' in result) throw refuse('unauthorized');
    const user = result.identity;
    if (!isBoardId(payload.documentName) || !this.boards.has(payload.documentName)) {
      throw refuse('not-found');
    }
    const role = this.access.roleOn(user, payload.documentName);
    if (role === null) throw refuse('not-found');
    payload.connectionConfig.readOnly = !canEdit(role);
    return { user, role };
  }
}
