import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import type { afterLoadDocumentPayload, onStoreDocumentPayload } from '@hocuspocus/server';
import type { Logger } from 'pino';

/** The longest a board's load waits for Redis (subscribing, and peers' state) before going on. */
const LOAD_WAIT_MS = 2_000;

/**
 * Hocuspocus's Redis extension, kept from stopping Cairn when Redis is away. The extension waits
 * for Redis when a board loads (to subscribe to it and ask the other processes for their state)
 * and before a board is stored (a lock); with Redis down both would wait forever, and no board
 * could open. Here a load waits at most LOAD_WAIT_MS, or not at all while Redis is disconnected,
 * and a store does not wait for the lock: the board opens and its edits are stored (storage
 * never depended on Redis). What Redis was asked meanwhile is queued and sent once it is back,
 * so the board joins the other processes then, and edits flow again.
 */
export class ResilientRedis extends RedisExtension {
  constructor(
    configuration: ConstructorParameters<typeof RedisExtension>[0],
    private readonly logger: Logger,
  ) {
    super(configuration);
  }

  override async afterLoadDocument(payload: afterLoadDocumentPayload): Promise<void> {
    const joined = super.afterLoadDocument(payload).catch((error: unknown) => {
      this.logger.warn(
        { err: error, documentName: payload.documentName },
        'board not shared with the other processes (Redis)',
      );
    });
    if (!this.redisReady) {
      this.logger.warn(
        { documentName: payload.documentName },
        'Redis is away: the board opens unshared, and joins the other processes when it is back',
      );
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, LOAD_WAIT_MS);
    });
    await Promise.race([joined, waited]);
    clearTimeout(timer);
  }

  /** Whether the connection the extension publishes on is up. */
  private get redisReady(): boolean {
    return (this.pub as unknown as { readonly status: string }).status === 'ready';
  }

  override async onStoreDocument(payload: onStoreDocumentPayload): Promise<void> {
    if (!this.redisReady) return;
    return super.onStoreDocument(payload);
  }
}
