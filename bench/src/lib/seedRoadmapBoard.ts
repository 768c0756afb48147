import { addItem, readRoadmap, systemEnv, type OperationContext } from '@cairn/model';
import { connectCairnClient } from './connectCairnClient.js';

const AS_BENCH: OperationContext = {
  origin: { kind: 'local-user', userId: 'bench' },
  env: systemEnv,
};

/** Items per transaction: each becomes one update message, well under the message limits. */
const ITEMS_PER_BATCH = 250;

/**
 * Adds `count` items to roadmap board `boardId` with the model's `addItem` through a Hocuspocus
 * provider, dealt round-robin over the board's lane × horizon cells (item n goes to cell n mod
 * cells, so "Roadmap item 1" is first in the first lane's first horizon). Resolves once the server
 * has acknowledged every item.
 */
export async function seedRoadmapBoard(
  wsUrl: string,
  boardId: string,
  token: string,
  count: number,
): Promise<void> {
  const client = connectCairnClient(wsUrl, boardId, token);
  try {
    await client.synced();
    const { lanes, horizons } = readRoadmap(client.doc);
    const cells = lanes.flatMap((lane) =>
      horizons.map((horizon) => ({ lane: lane.id, horizon: horizon.id })),
    );
    if (cells.length === 0) throw new Error(`Roadmap ${boardId} has no lane × horizon cell.`);
    for (let first = 0; first < count; first += ITEMS_PER_BATCH) {
      client.doc.transact(() => {
        for (let index = first; index < Math.min(count, first + ITEMS_PER_BATCH); index++) {
          const cell = cells[index % cells.length] ?? cells[0];
          addItem(
            client.doc,
            { title: `Roadmap item ${index + 1}: improve the onboarding flow`, ...cell },
            AS_BENCH,
          );
        }
      });
    }
    await client.acknowledged();
  } finally {
    client.destroy();
  }
}
