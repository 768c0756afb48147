import type {
  beforeHandleMessagePayload,
  Extension,
  onAuthenticatePayload,
} from '@hocuspocus/server';
import type { Access } from '../auth/Access.js';
import { canEdit } from '../auth/roles.js';
import type { TokenStore } from '../auth/TokenStore.js';
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
 * Authenticates every socket per document: a valid, unrevoked token and a board that exists.
 * Viewers and commenters get a read-only connection, so Hocuspocus drops their document
 * updates before they reach the document or anyone else.
 */
export class AuthExtension implements Extension<CollabContext> {
  readonly extensionName = 'cairn-auth';

  constructor(
    private readonly tokens: TokenStore,
    private readonly boards: BoardIndex,
    private readonly access: Access,
  ) {}

  async onAuthenticate(payload: onAuthenticatePayload<CollabContext>): Promise<CollabContext> {
    const user = this.tokens.verify(payload.token);
    if (!user) throw refuse('unauthorized');
    if (!isBoardId(payload.documentName) || !this.boards.has(payload.documentName)) {
      throw refuse('not-found');
    }
    const role = this.access.roleOn(user, payload.documentName);
    if (role === null) throw refuse('not-found');
    payload.connectionConfig.readOnly = !canEdit(role);
    return { user, role };
  }

  /**
   * Re-checks the token before every message, so a token revoked from another process (the CLI)
   * stops working on open sockets too: the message is refused and the socket closed.
   */
  async beforeHandleMessage({ context }: beforeHandleMessagePayload<CollabContext>): Promise<void> {
    if (!this.access.isCurrent(context.user)) {
      throw Object.assign(new Error('token revoked'), { code: 4401, reason: 'unauthorized' });
    }
  }
}
