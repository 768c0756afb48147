import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { PRESENCE_WINDOW_MS } from './collab/batchBroadcasts.js';
import { PRESENCE_WINDOW_BUSY_MS } from './collab/PresencePacing.js';
import { HIBERNATE_AFTER_MS } from './collab/DocumentHibernation.js';
import type { SocketLimits } from './limits/SocketLimits.js';
import type { WebhookSettings } from './publishing/WebhookSettings.js';

/** Where `npm run build` puts the web client, relative to this file in apps/server/dist. */
const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url));

const port = z.coerce.number().int().min(0).max(65_535);
const bytes = z.coerce.number().int().min(1024);
const perSecond = z.coerce.number().int().min(1);

const environment = z.object({
  PORT: port.default(1234),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  CAIRN_SQLITE_SYNC: z.enum(['full', 'normal']).default('full'),
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/.*)?$/, 'a postgres:// URL, or empty for SQLite')
    .default(''),
  REDIS_URL: z
    .string()
    .regex(/^(rediss?:\/\/.*)?$/, 'a redis:// URL, or empty for one process')
    .default(''),
  CAIRN_MAX_PAYLOAD_BYTES: bytes.default(2 * 1024 * 1024),
  CAIRN_MAX_BODY_BYTES: bytes.default(1024 * 1024),
  CAIRN_MAX_DOCUMENT_BYTES: bytes.default(16 * 1024 * 1024),
  CAIRN_MESSAGES_PER_SECOND: perSecond.default(500),
  CAIRN_MESSAGE_BURST: perSecond.default(1_000),
  CAIRN_AWARENESS_PER_SECOND: perSecond.default(200),
  CAIRN_AWARENESS_BURST: perSecond.default(400),
  CAIRN_UNLOAD_DELAY_MS: z.coerce.number().int().min(0).max(600_000).default(2_000),
  CAIRN_PRESENCE_WINDOW_MS: z.coerce.number().int().min(0).max(1_000).default(PRESENCE_WINDOW_MS),
  CAIRN_PRESENCE_WINDOW_BUSY_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(1_000)
    .default(PRESENCE_WINDOW_BUSY_MS),
  CAIRN_HIBERNATE_AFTER_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(86_400_000)
    .default(HIBERNATE_AFTER_MS),
  CAIRN_ALLOWED_ORIGINS: z.string().default(''),
  CAIRN_WEB_DIR: z.string().default(DEFAULT_WEB_DIR),
  TLDRAW_LICENSE_KEY: z.string().default(''),
  CAIRN_METRICS_TOKEN: z.string().default(''),
  CAIRN_WEBHOOK_ALLOW_PRIVATE: z.enum(['0', '1']).default('0'),
  CAIRN_WEBHOOK_RETRY_DELAYS_MS: z
    .string()
    .regex(/^\d{1,9}(,\d{1,9}){0,9}$/, 'up to 10 comma-separated delays in ms')
    .default('10000,60000,300000,1800000,7200000'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** Everything the server reads from its environment; see the README's configuration table. */
export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly sqliteSync: 'full' | 'normal';
  /** PostgreSQL instead of SQLite (DATABASE_URL); null for SQLite under `dataDir`. */
  readonly databaseUrl: string | null;
  /** Redis for sharing live boards between several Cairn processes (REDIS_URL); null alone. */
  readonly redisUrl: string | null;
  readonly maxPayloadBytes: number;
  readonly maxBodyBytes: number;
  /**
   * Largest board document, counted as the bytes stored for it; an update past it is refused.
   * 16 MiB by default: a 5,000-shape canvas is about 2.1 MB.
   */
  readonly maxDocumentBytes: number;
  /** Per-socket rates: a socket over them is closed with `rate-limited`. */
  readonly socketLimits: SocketLimits;
  /** How long a document without connections stays in memory before it is unloaded. */
  readonly unloadDelayMs: number;
  /** How long presence (cursor) changes on a board are gathered before they go out together. */
  readonly presenceWindowMs: number;
  /**
   * The longest that window grows to while the server is busy (PresencePacing); at or below
   * `presenceWindowMs` the window never changes.
   */
  readonly presenceWindowBusyMs: number;
  /** How long a loaded board goes unchanged before it sleeps (DocumentHibernation); 0: never. */
  readonly hibernateAfterMs: number;
  readonly allowedOrigins: readonly string[];
  /** The built web client, or null to serve only the API and the socket. */
  readonly webDir: string | null;
  readonly logLevel: z.infer<typeof environment>['LOG_LEVEL'];
  /**
   * tldraw's licence key, handed to the browser at run time: tldraw needs one in production on a
   * non-localhost domain over HTTPS, and none on localhost or in tests. Null when unset.
   */
  readonly tldrawLicenseKey: string | null;
  /**
   * The bearer token `GET /metrics` requires; null when unset, and then only requests from
   * loopback are answered (a Prometheus on another machine needs the token).
   */
  readonly metricsToken: string | null;
  /** Webhook deliveries: private destinations allowed or not, waits before retries. */
  readonly webhooks: WebhookSettings;
}

/** Reads the configuration; throws an error naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined>): ServerConfig {
  const result = environment.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  const values = result.data;
  return {
    port: values.PORT,
    host: values.HOST,
    dataDir: values.DATA_DIR,
    sqliteSync: values.CAIRN_SQLITE_SYNC,
    databaseUrl: values.DATABASE_URL.trim() === '' ? null : values.DATABASE_URL.trim(),
    redisUrl: values.REDIS_URL.trim() === '' ? null : values.REDIS_URL.trim(),
    maxPayloadBytes: values.CAIRN_MAX_PAYLOAD_BYTES,
    maxBodyBytes: values.CAIRN_MAX_BODY_BYTES,
    maxDocumentBytes: values.CAIRN_MAX_DOCUMENT_BYTES,
    socketLimits: {
      messagesPerSecond: values.CAIRN_MESSAGES_PER_SECOND,
      messageBurst: values.CAIRN_MESSAGE_BURST,
      awarenessPerSecond: values.CAIRN_AWARENESS_PER_SECOND,
      awarenessBurst: values.CAIRN_AWARENESS_BURST,
    },
    unloadDelayMs: values.CAIRN_UNLOAD_DELAY_MS,
    presenceWindowMs: values.CAIRN_PRESENCE_WINDOW_MS,
    presenceWindowBusyMs: values.CAIRN_PRESENCE_WINDOW_BUSY_MS,
    hibernateAfterMs: values.CAIRN_HIBERNATE_AFTER_MS,
    allowedOrigins: values.CAIRN_ALLOWED_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin.length > 0),
    webDir: values.CAIRN_WEB_DIR === '' ? null : values.CAIRN_WEB_DIR,
    logLevel: values.LOG_LEVEL,
    tldrawLicenseKey:
      values.TLDRAW_LICENSE_KEY.trim() === '' ? null : values.TLDRAW_LICENSE_KEY.trim(),
    metricsToken:
      values.CAIRN_METRICS_TOKEN.trim() === '' ? null : values.CAIRN_METRICS_TOKEN.trim(),
    webhooks: {
      allowPrivate: values.CAIRN_WEBHOOK_ALLOW_PRIVATE === '1',
      retryDelaysMs: values.CAIRN_WEBHOOK_RETRY_DELAYS_MS.split(',').map(Number),
    },
  };
}
