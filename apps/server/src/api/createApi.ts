import { ModelError, type ModelErrorCode } from '@cairn/model';
import { DocumentTooLargeError } from '../limits/DocumentSizeLimit.js';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from 'pino';
import type { Access } from '../auth/Access.js';
import type { AccessChange } from '../access/AccessChange.js';
import { authRoutes, me } from '../access/authRoutes.js';
import { boardAccessRoutes } from '../access/boardAccessRoutes.js';
import type { AccessServices } from '../access/createAccessServices.js';
import { memberRoutes } from '../access/memberRoutes.js';
import type { TokenStore } from '../auth/TokenStore.js';
import type { BoardService } from '../boards/BoardService.js';
import type { LinkIndexExtension } from '../collab/LinkIndexExtension.js';
import type { BallotStore } from '../facilitation/BallotStore.js';
import { commentRoutes } from '../comments/commentRoutes.js';
import type { CommentServices } from '../comments/createCommentServices.js';
import { inboxRoutes } from '../inbox/inboxRoutes.js';
import type { HistoryServices } from '../history/createHistoryServices.js';
import { historyRoutes } from '../history/historyRoutes.js';
import type { PublishingServices } from '../publishing/createPublishingServices.js';
import { publishedRoutes } from '../publishing/publishedRoutes.js';
import { publishingRoutes } from '../publishing/publishingRoutes.js';
import { exportRoutes } from '../transfer/exportRoutes.js';
import { importRoutes } from '../transfer/importRoutes.js';
import { facilitationRoutes } from '../facilitation/facilitationRoutes.js';
import type { ApiEnv } from './ApiEnv.js';
import { ApiError } from './ApiError.js';
import { authenticate, boardAccess } from './authenticate.js';
import { boardRoutes } from './boardRoutes.js';
import { linkRoutes } from './linkRoutes.js';
import { tokenRoutes } from './tokenRoutes.js';

/** What the API needs. */
export interface ApiDependencies {
  readonly tokens: TokenStore;
  /** Who may do what on which board (docs/access.md). */
  readonly access: Access;
  /** Accounts, sessions, memberships and share links (docs/access.md). */
  readonly accounts: AccessServices;
  /** Origins besides the server's own whose pages may write with the session cookie. */
  readonly allowedOrigins: readonly string[];
  readonly boards: BoardService;
  /** The cross-board link index, for `/api/boards/:id/links` and `/api/entries`. */
  readonly links: LinkIndexExtension;
  /** Dot-vote ballots of canvas boards, kept out of the documents until the reveal. */
  readonly ballots: BallotStore;
  /** Comments, mentions and the inbox (docs/comments.md). */
  readonly comments: CommentServices;
  /** Named versions, diffs, restore and rollback (docs/history.md). */
  readonly history: HistoryServices;
  /** Published read-only views and webhooks (docs/publishing.md). */
  readonly publishing: PublishingServices;
  /** The server clock, as facilitation timers use it. */
  readonly now: () => number;
  readonly logger: Logger;
  readonly maxBodyBytes: number;
  /** Resolves once every commit so far is durable (see storage/openStorage.ts). */
  readonly durable: () => Promise<void>;
  /** What the browser needs from the server's configuration (`GET /api/config`). */
  readonly clientConfig: { readonly tldrawLicenseKey: string | null };
  /**
   * Called after someone's access changed through the API (signed out everywhere, member removed
   * or changed, link or token revoked), so their open sockets are re-checked at once.
   */
  readonly onAccessChanged: (change: AccessChange) => void;
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
  if (error instanceof DocumentTooLargeError) return c.json({ error: error.message }, 413);
  if (error instanceof ModelError) {
    return c.json({ error: error.message }, MODEL_ERROR_STATUS[error.code]);
  }
  logger.error({ err: error, method: c.req.method, path: c.req.path }, 'request failed');
  return c.json({ error: 'Internal error; the server log has the details.' }, 500);
}

/** The REST API, mounted under `/api` by the HTTP server. */
export function createApi(deps: ApiDependencies): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();
  // A 2xx to a write promises that what it changed is on disk: wait for the log's flush (a
  // refused or failed write promises nothing, and waits for nothing).
  api.use(async (c, next) => {
    await next();
    if (c.res.ok && c.req.method !== 'GET' && c.req.method !== 'HEAD') await deps.durable();
  });
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
  api.route('/auth', authRoutes(deps));
  api.route('/published', publishedRoutes(deps));
  api.use(authenticate(deps.accounts.authenticator, deps.allowedOrigins));
  // Before the per-board check: `import` is not a board id.
  api.route('/boards/import', importRoutes(deps));
  api.use('/boards/:id', boardAccess(deps.access));
  api.use('/boards/:id/*', boardAccess(deps.access));
  api.get('/config', (c) => c.json(deps.clientConfig));
  api.get('/me', (c) => c.json(me(c.get('identity'))));
  api.route('/members', memberRoutes(deps.accounts.users, deps.onAccessChanged));
  api.route('/boards', boardAccessRoutes(deps));
  api.route('/boards', boardRoutes(deps.boards, deps.accounts.access));
  api.route('/boards', facilitationRoutes(deps));
  api.route('/', linkRoutes(deps.boards, deps.links, deps.access));
  api.route('/', commentRoutes(deps));
  api.route('/', inboxRoutes(deps));
  api.route('/boards', exportRoutes(deps));
  api.route('/', historyRoutes(deps));
  api.route('/', publishingRoutes(deps));
  api.route('/tokens', tokenRoutes(deps.tokens, deps.onAccessChanged));
  api.onError((error, c) => errorResponse(error, c, deps.logger));
  return api;
}
