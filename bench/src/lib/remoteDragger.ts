import { createKeyValueRecordMap, type CanvasOrigin } from '@cairn/canvas';
import { moveItem, readRoadmap, systemEnv, type OperationContext } from '@cairn/model';
import { connectCairnClient } from './connectCairnClient.js';
import { sleep } from './waitUntil.js';

/** A person in Node, connected to a board, who drags one thing at a steady pace. */
export interface RemoteDragger {
  /** Makes `moves` moves, `perSecond` a second (paced from the start); resolves once acknowledged. */
  drag(moves: number, perSecond: number): Promise<void>;
  close(): void;
}

const AS_REMOTE: OperationContext = {
  origin: { kind: 'local-user', userId: 'remote-dragger' },
  env: systemEnv,
};

/** Calls `move(index)` `moves` times at `perSecond`, paced against the start time. */
async function paced(moves: number, perSecond: number, move: (index: number) => void) {
  const interval = 1000 / perSecond;
  const start = performance.now();
  for (let index = 0; index < moves; index++) {
    await sleep(start + index * interval - performance.now());
    move(index);
  }
}

/**
 * Drags the item titled `title` on roadmap `boardId` back and forth between the first and second
 * horizon of its lane, always to the top of the cell (so it stays in view), with the model's
 * `moveItem` through a Hocuspocus provider.
 */
export async function connectRoadmapDragger(
  wsUrl: string,
  boardId: string,
  token: string,
  title: string,
): Promise<RemoteDragger> {
  const client = connectCairnClient(wsUrl, boardId, token);
  try {
    await client.synced();
    const view = readRoadmap(client.doc);
    const item = view.items.find((candidate) => candidate.title === title);
    const [first, second] = view.horizons;
    if (item === undefined || first === undefined || second === undefined) {
      throw new Error(`Roadmap ${boardId} lacks "${title}" or a second horizon.`);
    }
    return {
      drag: async (moves, perSecond) => {
        await paced(moves, perSecond, (index) => {
          const horizon = index % 2 === 0 ? second.id : first.id;
          moveItem(client.doc, item.id, { lane: item.lane, horizon, index: 0 }, AS_REMOTE);
        });
        await client.acknowledged();
      },
      close: () => client.destroy(),
    };
  } catch (error) {
    client.destroy();
    throw error;
  }
}

/** Radius of the circle the dragged shape follows, in page pixels. */
const CIRCLE_PX = 60;
/** Moves per turn of the circle. */
const MOVES_PER_TURN = 40;

/** Where a shape record keeps its position. */
interface Positioned {
  readonly x: number;
  readonly y: number;
}

function isPositioned(value: unknown): value is Positioned {
  if (typeof value !== 'object' || value === null) return false;
  const { x, y } = value as Record<string, unknown>;
  return typeof x === 'number' && typeof y === 'number';
}

/**
 * Drags shape `grid-<index>` of canvas `boardId` (a `createGridShapes` board) round a small circle
 * about where it was. Each move writes the shape record with the new x and y into the document's
 * record map (`createKeyValueRecordMap`, the layout `bindStoreToDoc` uses) in one transaction, as
 * the binding of a person dragging it in a browser writes each frame's change. A tldraw store in
 * Node is not bound for this: the web app's schema (Cairn's own shapes) is newer than a headless
 * store's, and a page that opened the board has migrated it, so such a binding would only report
 * `needs-reload`.
 */
export async function connectCanvasDragger(
  wsUrl: string,
  boardId: string,
  token: string,
  index: number,
): Promise<RemoteDragger> {
  const client = connectCairnClient(wsUrl, boardId, token);
  try {
    await client.synced();
    const records = createKeyValueRecordMap(client.doc);
    const id = `shape:grid-${index}`;
    const shape = records.get(id);
    if (!isPositioned(shape)) throw new Error(`Canvas ${boardId} has no shape grid-${index}.`);
    const { x, y } = shape;
    const origin: CanvasOrigin = { kind: 'canvas-user', bindingId: 'remote-dragger' };
    return {
      drag: async (moves, perSecond) => {
        await paced(moves, perSecond, (move) => {
          const angle = (2 * Math.PI * move) / MOVES_PER_TURN;
          const record = records.get(id) as Positioned;
          client.doc.transact(() => {
            records.set(id, {
              ...record,
              x: x + CIRCLE_PX * Math.sin(angle),
              y: y + CIRCLE_PX * (1 - Math.cos(angle)),
            });
          }, origin);
        });
        await client.acknowledged();
      },
      close: () => client.destroy(),
    };
  } catch (error) {
    client.destroy();
    throw error;
  }
}
