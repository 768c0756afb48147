import type { beforeBroadcastStatelessPayload, Extension } from '@hocuspocus/server';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { AccessChange } from '../access/AccessChange.js';
import { ResilientRedis } from './ResilientRedis.js';

/** The Redis channel on which processes tell each other whose access changed. */
const ACCESS_CHANNEL = 'cairn:access-changes';
/** The longest start-up waits for Redis. */
const START_WAIT_MS = 5_000;
/** Prefix of the Hocuspocus extension's keys and channels. */
const PREFIX = 'cairn';

/**
 * What lets several Cairn processes behind one address serve the same boards (docs/deploy.md).
 * Live documents are shared through Redis by Hocuspocus's own extension: an edit on one process
 * reaches the people on the others, as does presence and every stateless message. Each process
 * stores only the edits its own people (and its REST API) made; edits arriving through Redis were
 * stored by the process that received them (PersistenceExtension skips them). Access changes
 * travel on a channel of their own, so revoking a link closes its sockets on every process.
 */
export class ScaleOut {
  /** Add to Hocuspocus's extensions. */
  readonly extension: ResilientRedis;
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly ready: Promise<unknown>;

  constructor(
    redisUrl: string,
    private readonly logger: Logger,
  ) {
    const client = (): Redis => {
      const redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
      redis.on('error', (error: Error) => logger.warn({ err: error }, 'Redis connection'));
      return redis;
    };
    this.extension = new ResilientRedis({ createClient: client, prefix: PREFIX }, logger);
    this.publisher = client();
    this.subscriber = client();
    this.ready = this.subscriber.subscribe(ACCESS_CHANNEL);
  }

  /**
   * Waits until this process hears the others, at most START_WAIT_MS: a process that starts
   * while Redis is away serves its own people, and joins the others once Redis is back.
   */
  async start(onAccessChanged: (change: AccessChange) => void): Promise<void> {
    this.subscriber.on('message', (channel: string, message: string) => {
      if (channel !== ACCESS_CHANNEL) return;
      const change = parseAccessChange(message);
      if (change) onAccessChanged(change);
      else this.logger.warn({ message }, 'ignored a malformed access change from Redis');
    });
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), START_WAIT_MS);
    });
    const outcome = await Promise.race([this.ready, waited]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      this.logger.warn('Redis is not reachable yet: serving alone until it is');
    }
  }

  /** Tells every other process (and this one) that `change` happened. */
  publishAccessChange(change: AccessChange): void {
    this.publisher.publish(ACCESS_CHANNEL, JSON.stringify(change)).catch((error: unknown) => {
      this.logger.error(
        { err: error, change },
        'could not tell other processes of an access change',
      );
    });
  }

  /**
   * Sends a stateless message to the people of `documentName` on the other processes, for a
   * board that is not loaded here (a loaded one's broadcast already goes through Redis).
   */
  broadcastElsewhere(documentName: string, payload: string): void {
    const hook = this.extension as Extension;
    hook
      .beforeBroadcastStateless?.({ documentName, payload } as beforeBroadcastStatelessPayload)
      ?.catch((error: unknown) => {
        this.logger.error({ err: error, documentName }, 'could not relay a message through Redis');
      });
  }

  async stop(): Promise<void> {
    this.subscriber.disconnect(false);
    this.publisher.disconnect(false);
  }
}

function parseAccessChange(message: string): AccessChange | null {
  try {
    const value = JSON.parse(message) as Record<string, unknown>;
    if (typeof value['personId'] === 'string') return { personId: value['personId'] };
    if (typeof value['linkId'] === 'string') return { linkId: value['linkId'] };
  } catch {
    // Not JSON: reported by the caller.
  }
  return null;
}
