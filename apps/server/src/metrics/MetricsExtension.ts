import type {
  afterHandleMessagePayload,
  beforeHandleMessagePayload,
  Extension,
} from '@hocuspocus/server';
import type { CairnMetrics } from './CairnMetrics.js';

/**
 * Tells the metrics which frame each connection is handling, so an update appended while
 * handling it is timed from that frame's arrival (Hocuspocus queues a connection's frames and
 * handles them one at a time, so the wait in that queue counts too).
 */
export class MetricsExtension implements Extension {
  readonly extensionName = 'cairn-metrics';

  constructor(private readonly metrics: CairnMetrics) {}

  async beforeHandleMessage({ connection, update }: beforeHandleMessagePayload): Promise<void> {
    this.metrics.handlingFrame(connection, update);
  }

  async afterHandleMessage({ connection }: afterHandleMessagePayload): Promise<void> {
    this.metrics.handledFrame(connection);
  }
}
