import { ModelError, type ModelErrorCode } from '@cairn/model';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from 'pino';
import type { Access } from '../auth/Access.js';
import type { TokenStore } from '../auth/TokenStore.js';
import type { BoardService } from '../boards/BoardService.js';
import type { LinkIndexExtension } from '../collab/LinkIndexExtension.js';
import type { BallotStore } from '../facilitation/BallotStore.js';
import { commentRoutes } from '../comments/commentRoutes.js';
import type { CommentServices } from '../comments/createCommentServices.js';
import { inboxRoutes } from '../inbox/inboxRoutes.js';
import { facilitationRoutes } from '../facilitation/facilitationRoutes.js';
import type { ApiEnv } from './ApiEnv.js';
import { ApiError } from './ApiError.js';
import { presenceColor } from '../collab/presenceColor.js';
import { authenticate, boardAccess } from './authenticate.js';
import { boardRoutes } from './boardRoutes.js';
import { linkRoutes } from './linkRoutes.js';
import { tokenRoutes } from './tokenRoutes.js';

/** What the API needs. */
export interface ApiDependencies {
  readonly tokens: TokenStore;
  /** Who may do what on which board (docs/access.md). */
  readonly access: Access;
  readonly boards: BoardService;
  /** The cross-board link index, for `/api/boards/:id/links` and `/api/entries`. */
  readonly links: LinkIndexExtension;
  /** Dot-vote ballots of canvas boards, kept out of the documents until the reveal. */
  readonly ballots: BallotStore;
  /** Comments, mentions and the inbox (docs/comments.md). */
  readonly comments: CommentServices;
  /** The server clock, as facilitation timers use it. */
  readonly now: () => number;
  readonly logger: Logger;
  readonly maxBodyBytes: number;
  /** What the browser needs from the server's configuration (`GET /api/config`). */
  readonly clientConfig: { readonly tldrawLicenseKey: string | null };
  /** Called after a token is revoked through the API. */
  readonly onTokenRevoked: (tokenId: string) => void;
  /** Sends a stateless message to every connection on board `boardId` (if it is loaded). */
  readonly notifyBoard: (boardId: string, message: string) => void;
}

const MODEL_ERROR_STATUS: Record<ModelErrorCode, ContentfulStatusCode> = {
  'not-found': 404,
  invalid: 400,
  conflict: 409,
  'unsupported-schema': 409,
};

/** Turns any thrown error into `{ error }` with the right status; only real faults are 500s. */
export function errorResponse(error: unknown, c: Context, logger: Logger): Response {
  if (error instanceof ApiError) return c.json({ error: error.message }, error.status);
  if (error instanceof ModelError) {
    return c.json({ error: error.message }, MODEL_ERROR_STATUS[error.code]);
  }
  logger.error({ err: error, method: c.req.method, path: c.req.path }, 'request failed');
  return c.json({ error: 'Internal error; the server log has the details.' }, 500);
}

/** The REST API, mounted under `/api` by the HTTP server. */
export function createApi(deps: ApiDependencies): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();
  api.use(
    bodyLimit({
      maxSize: deps.maxBodyBytes,
      onError: (c) => {
        // The rest of the body is never read, so the connection cannot carry another request.
        c.header('Connection', 'close');
        return c.json({ error: `The body is larger than ${deps.maxBodyBytes} bytes.` }, 413);
      },
    }),
  );
  api.use(authenticate(deps.tokens));
  api.use('/boards/:id', boardAccess(deps.access));
  api.use('/boards/:id/*', boardAccess(deps.access));
  api.get('/config', (c) => c.json(deps.clientConfig));
  api.get('/me', (c) => {
    const identity = c.get('identity');
    // The color is the one presence shows for this person, so their own caret matches.
    return c.json({ ...identity, color: presenceColor(identity.id) });
  });
  api.route('/boards', boardRoutes(deps.boards));
  api.route('/boards', facilitationRoutes(deps));
  api.route('/', linkRoutes(deps.boards, deps.links));
  api.route('/', commentRoutes(deps));
  api.route('/', inboxRoutes(deps));
  api.route('/tokens', tokenRoutes(deps.tokens, deps.onTokenRevoked));
  api.onError((error, c) => errorResponse(error, c, deps.logger));
  return api;
}
