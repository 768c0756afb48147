import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FACILITATION, type ModelEnv } from '@cairn/model';
import { getRequestListener } from '@hono/node-server';
import type { Connection, Hocuspocus } from '@hocuspocus/server';
import type { Logger } from 'pino';
import type { WebSocketServer } from 'ws';
import type { AccessChange } from './access/AccessChange.js';
import { AccessEpoch } from './access/AccessEpoch.js';
import { TokenStore } from './auth/TokenStore.js';
import { BoardService } from './boards/BoardService.js';
import { createAccessServices, type AccessServices } from './access/createAccessServices.js';
import { OutsideWriteWatch } from './access/OutsideWriteWatch.js';
import { createCommentServices } from './comments/createCommentServices.js';
import { InboxHousekeeping } from './inbox/InboxHousekeeping.js';
import { createHistoryServices } from './history/createHistoryServices.js';
import { createPublishingServices } from './publishing/createPublishingServices.js';
import { AuthExtension } from './collab/AuthExtension.js';
import { BoardIndexExtension } from './collab/BoardIndexExtension.js';
import { CairnHocuspocus } from './collab/CairnHocuspocus.js';
import { DocumentHibernation } from './collab/DocumentHibernation.js';
import { GroupCommit } from './collab/GroupCommit.js';
import { IdleDocumentSweeper } from './collab/IdleDocumentSweeper.js';
import { LinkIndexExtension } from './collab/LinkIndexExtension.js';
import type { CollabContext } from './collab/CollabContext.js';
import { accessVerdict } from './collab/accessVerdict.js';
import { closeConnectionsOf } from './collab/closeConnectionsOf.js';
import { PersistenceExtension, type CompactionPolicy } from './collab/PersistenceExtension.js';
import { PresenceExtension } from './collab/PresenceExtension.js';
import { PresencePacing } from './collab/PresencePacing.js';
import { PresenceRelay } from './collab/PresenceRelay.js';
import { RECHECK_MS, RememberedVerdicts } from './collab/RememberedVerdicts.js';
import { RootWriteGuard } from './collab/RootWriteGuard.js';
import { SummonExtension } from './collab/SummonExtension.js';
import type { ServerConfig } from './config.js';
import { createLogger } from './createLogger.js';
import { BallotStore } from './facilitation/BallotStore.js';
import { attachCollab } from './http/attachCollab.js';
import { createApp } from './http/createApp.js';
import { DocumentSizeLimit } from './limits/DocumentSizeLimit.js';
import { CairnMetrics } from './metrics/CairnMetrics.js';
import { MetricsExtension } from './metrics/MetricsExtension.js';
import { ScaleOut } from './scaleOut/ScaleOut.js';
import { serverEnv } from './serverEnv.js';
import { BoardIndex } from './storage/BoardIndex.js';
import { LinkIndex } from './storage/LinkIndex.js';
import { openServerStorage, type ServerStorage } from './storage/openStorage.js';
import { UpdateLog } from './storage/UpdateLog.js';

/** Optional collaborators, injected by tests. */
export interface CairnServerOptions {
  readonly logger?: Logger;
  readonly env?: ModelEnv;
  readonly compaction?: CompactionPolicy;
}

/**
 * One Cairn process: SQLite storage, the Hocuspocus collaboration core, the REST API and the web
 * client on one HTTP server. `start` resolves once it is listening.
 */
export class CairnServer {
  private stopping?: Promise<void>;

  private constructor(
    readonly config: ServerConfig,
    readonly tokens: TokenStore,
    /** Accounts, sessions, memberships and share links (docs/access.md). */
    readonly accounts: AccessServices,
    readonly boards: BoardService,
    readonly hocuspocus: Hocuspocus<CollabContext>,
    private readonly storage: ServerStorage,
    private readonly http: Server,
    private readonly sockets: WebSocketServer,
    private readonly boardIndex: BoardIndexExtension,
    private readonly sweeper: IdleDocumentSweeper,
    /** `GET /metrics` (docs/metrics.md). */
    readonly metrics: CairnMetrics,
    /** Puts boards nobody changes to sleep (CAIRN_HIBERNATE_AFTER_MS). */
    readonly hibernation: DocumentHibernation,
    /** Background work with timers (scheduled versions, webhook retries), stopped first. */
    private readonly background: readonly { stop(): void }[],
    /** Redis, when several processes share the boards (REDIS_URL); null alone. */
    private readonly scaleOut: ScaleOut | null,
    readonly logger: Logger,
  ) {}

  static async start(config: ServerConfig, options: CairnServerOptions = {}): Promise<CairnServer> {
    const logger = options.logger ?? createLogger(config.logLevel);
    const env = options.env ?? serverEnv;
    const storage = openServerStorage(config, logger);
    const { db, durable } = storage;
    // Advanced by every change to someone's access, here or announced by another process.
    const accessEpoch = new AccessEpoch();
    const tokens = new TokenStore(db, env.now, accessEpoch);
    const accounts = createAccessServices(db, tokens, env.now, accessEpoch);
    const { access } = accounts;
    const comments = createCommentServices(db, env.now);
    const housekeeping = new InboxHousekeeping(comments.activity, comments.inbox, env.now, logger);
    housekeeping.start();
    const history = createHistoryServices(db, env, logger);
    const publishing = createPublishingServices(db, env, logger, config.webhooks);
    comments.addedListeners.push((comment) => publishing.commentAdded(comment));
    const boardIndex = new BoardIndex(db);
    // Board-list and link-index refreshes of many boards share one transaction (one disk wait).
    const inOneTransaction = (work: () => void) => db.transaction(work)();
    const indexExtension = new BoardIndexExtension(boardIndex, env.now, inOneTransaction);
    const links = new LinkIndexExtension(
      new LinkIndex(db),
      new UpdateLog(db, env.now),
      env.now,
      logger,
      inOneTransaction,
    );
    const scaleOut = config.redisUrl ? new ScaleOut(config.redisUrl, logger) : null;
    const metrics = new CairnMetrics();
    const presencePacing = new PresencePacing(config.presenceWindowMs, config.presenceWindowBusyMs);
    presencePacing.start();
    const updateLog = new UpdateLog(db, env.now);
    const group = new GroupCommit(updateLog, inOneTransaction, durable, logger);
    const hibernation = new DocumentHibernation(config.hibernateAfterMs, Date.now, logger);
    const persistence = new PersistenceExtension(
      updateLog,
      logger,
      options.compaction,
      metrics,
      group,
      hibernation,
    );
    const sizeLimit = new DocumentSizeLimit(config.maxDocumentBytes, persistence);
    const hocuspocus = new CairnHocuspocus(
      {
        name: 'cairn',
        quiet: true,
        debounce: config.unloadDelayMs,
        maxDebounce: config.unloadDelayMs * 2,
        extensions: [
          // Highest priority of its own: it must see every change and load first.
          ...(scaleOut ? [scaleOut.extension] : []),
          new MetricsExtension(metrics),
          new AuthExtension(accounts.authenticator, boardIndex, access),
          new RootWriteGuard([FACILITATION], logger),
          persistence,
          new PresenceExtension(),
          new SummonExtension(logger),
          indexExtension,
          links,
          hibernation,
          ...comments.extensions,
          ...history.extensions,
          ...publishing.extensions,
        ],
      },
      group,
      presencePacing,
    );
    hibernation.attach(hocuspocus);
    // Writes the command line makes while the server runs, which no one announces (SQLite).
    const outsideWrites = storage.writtenElsewhere
      ? new OutsideWriteWatch(storage.writtenElsewhere, accessEpoch, RECHECK_MS)
      : null;
    outsideWrites?.start();
    // Access checks before socket messages, remembered per connection until access changes.
    const verdicts = new RememberedVerdicts<Connection>(
      accessEpoch,
      (connection) => {
        const context = connection.context as CollabContext | undefined;
        return context?.user
          ? accessVerdict(access, context, connection.document.name)
          : { close: null, until: -Infinity };
      },
      () => performance.now(),
      env.now,
      outsideWrites ? Infinity : RECHECK_MS,
    );
    const accessChanged = (change: AccessChange): void => {
      accessEpoch.advance();
      closeConnectionsOf(hocuspocus, access, change);
    };
    const boards = new BoardService(hocuspocus, boardIndex, env, sizeLimit);
    history.start(boards);
    publishing.start(boards);
    const app = createApp({
      tokens,
      access,
      accounts,
      allowedOrigins: config.allowedOrigins,
      comments,
      history,
      publishing,
      boards,
      links,
      ballots: new BallotStore(db, env.now),
      now: env.now,
      logger,
      maxBodyBytes: config.maxBodyBytes,
      durable,
      webDir: config.webDir,
      onAccessChanged: (change) => {
        accessChanged(change);
        scaleOut?.publishAccessChange(change);
      },
      notifyBoard: (boardId, message) => {
        const document = hocuspocus.documents.get(boardId);
        if (document) document.broadcastStateless(message);
        else scaleOut?.broadcastElsewhere(boardId, message);
      },
      clientConfig: { tldrawLicenseKey: config.tldrawLicenseKey },
      metrics: { metrics, token: config.metricsToken },
    });
    await scaleOut?.start(accessChanged);
    const sweeper = new IdleDocumentSweeper(hocuspocus, config.unloadDelayMs, logger, Date.now);
    const listener = getRequestListener(app.fetch);
    const http = createServer((request, response) => void listener(request, response));
    const sockets = attachCollab(
      http,
      hocuspocus,
      {
        maxPayloadBytes: config.maxPayloadBytes,
        allowedOrigins: config.allowedOrigins,
        socketLimits: config.socketLimits,
        documentSizeLimit: sizeLimit,
        checkAccess: (connection) => verdicts.verdictOf(connection),
        // Rates are about real time, even when a test fakes the model's clock.
        now: () => performance.now(),
        frameArrived: (frame) => metrics.frameArrived(frame),
        presence: new PresenceRelay(),
      },
      logger,
    );
    metrics.watch({
      connections: () => hocuspocus.getConnectionsCount(),
      sockets: () => sockets.clients.size,
      documents: () => hocuspocus.getDocumentsCount(),
      asleep: () => hibernation.asleep,
      pendingLog: () => updateLog.pending(),
      presenceWindowMs: () => presencePacing.windowMs,
      now: env.now,
    });
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(config.port, config.host, () => {
        http.off('error', reject);
        resolve();
      });
    });
    const server = new CairnServer(
      config,
      tokens,
      accounts,
      boards,
      hocuspocus,
      storage,
      http,
      sockets,
      indexExtension,
      sweeper,
      metrics,
      hibernation,
      [
        history,
        publishing,
        group,
        housekeeping,
        hibernation,
        presencePacing,
        ...(outsideWrites ? [outsideWrites] : []),
      ],
      scaleOut,
      logger,
    );
    logger.info({ port: server.port, host: config.host, dataDir: config.dataDir }, 'listening');
    return server;
  }

  /** The port actually bound (useful with PORT=0). */
  get port(): number {
    return (this.http.address() as AddressInfo).port;
  }

  /** Base URL for people and programs on this machine. */
  get url(): string {
    const host = ['0.0.0.0', '::', '127.0.0.1', '::1'].includes(this.config.host)
      ? 'localhost'
      : this.config.host;
    return `http://${host}:${this.port}`;
  }

  /**
   * Stops accepting, closes every socket, lets every document compact and unload, then closes
   * the database. Nothing acknowledged depends on this (every edit is already on disk), but it
   * leaves a tidy data directory.
   */
  stop(): Promise<void> {
    this.stopping ??= this.runStop();
    return this.stopping;
  }

  private async runStop(): Promise<void> {
    this.sweeper.stop();
    this.metrics.stop();
    for (const service of this.background) service.stop();
    const closed = new Promise<void>((resolve) => this.http.close(() => resolve()));
    this.http.closeAllConnections();
    for (const socket of this.sockets.clients) socket.close(1001, 'server shutting down');
    this.hocuspocus.closeConnections();
    this.hocuspocus.flushPendingStores();
    await this.waitForUnload();
    this.boardIndex.flush();
    if (this.scaleOut) {
      await this.scaleOut.extension.onDestroy();
      await this.scaleOut.stop();
    }
    await closed;
    await this.storage.close();
    this.logger.info('stopped');
  }

  private async waitForUnload(): Promise<void> {
    const deadline = Date.now() + 5_000;
    while (this.hocuspocus.getDocumentsCount() > 0 && Date.now() < deadline) {
      for (const document of this.hocuspocus.documents.values()) {
        await this.hocuspocus.unloadDocument(document);
      }
      if (this.hocuspocus.getDocumentsCount() > 0) await new Promise((r) => setTimeout(r, 10));
    }
  }
}
