import { isFacilitator, readFacilitation } from '@cairn/model';
import type { Extension, onStatelessPayload } from '@hocuspocus/server';
import type { Logger } from 'pino';
import { z } from 'zod';
import { personOf } from '../facilitation/personOf.js';
import type { CollabContext } from './CollabContext.js';

/** What a client sends to bring everyone to its view; any other field is ignored. */
const summonRequest = z.object({ type: z.literal('summon') });

/**
 * "Bring everyone to me": a facilitator's stateless `{"type":"summon"}` goes out to every
 * connection on the board as `{"type":"summon","by":{id,name}}`, with `by` stamped from the
 * sender's authenticated identity. From anyone else, and for any malformed payload, nothing
 * happens. Hocuspocus does not await this hook, so it must never throw.
 */
export class SummonExtension implements Extension<CollabContext> {
  readonly extensionName = 'cairn-summon';

  constructor(private readonly logger: Logger) {}

  async onStateless({ connection, document, payload }: onStatelessPayload): Promise<void> {
    try {
      const context = connection.context as CollabContext | undefined;
      if (!context?.user || !summonRequest.safeParse(parseJson(payload)).success) return;
      if (!isFacilitator(readFacilitation(document), context.user.id)) return;
      document.broadcastStateless(JSON.stringify({ type: 'summon', by: personOf(context.user) }));
    } catch (error) {
      this.logger.error({ err: error, board: document.name }, 'summon failed');
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
