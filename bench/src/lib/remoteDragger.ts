import { bindStoreToDoc } from '@cairn/canvas';
import { createHeadlessStore } from '@cairn/canvas/testing';
import { moveItem, readRoadmap, systemEnv, type OperationContext } from '@cairn/model';
import { createShapeId } from '@tldraw/tlschema';
import { connectCairnClient } from './connectCairnClient.js';
import { nextFrame } from './installFrameClock.js';
import { sleep, waitUntil } from './waitUntil.js';

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

/**
 * Drags shape `grid-<index>` of canvas `boardId` (a `createGridShapes` board) round a small circle
 * about where it was: `store.update` of x and y in a tldraw store bound with `bindStoreToDoc`, as
 * a person dragging it in their browser writes it (each frame's changes in one transaction).
 */
export async function connectCanvasDragger(
  wsUrl: string,
  boardId: string,
  token: string,
  index: number,
): Promise<RemoteDragger> {
  const client = connectCairnClient(wsUrl, boardId, token);
  const store = createHeadlessStore();
  try {
    await client.synced();
    const binding = bindStoreToDoc(store, client.doc);
    if (binding.status.status !== 'connected') {
      throw new Error(`The binding did not connect: ${binding.status.status}.`);
    }
    const id = createShapeId(`grid-${index}`);
    await waitUntil(`shape grid-${index}`, client.doc, 'update', () => store.get(id) !== undefined);
    const shape = store.get(id);
    if (shape === undefined) throw new Error(`Canvas ${boardId} has no shape grid-${index}.`);
    const { x, y } = shape;
    return {
      drag: async (moves, perSecond) => {
        await paced(moves, perSecond, (move) => {
          const angle = (2 * Math.PI * move) / MOVES_PER_TURN;
          store.update(id, (record) => ({
            ...record,
            x: x + CIRCLE_PX * Math.sin(angle),
            y: y + CIRCLE_PX * (1 - Math.cos(angle)),
          }));
        });
        // The store hands the last move to the document at the next frame.
        await nextFrame();
        await client.acknowledged();
      },
      close: () => {
        binding.destroy();
        store.dispose();
        client.destroy();
      },
    };
  } catch (error) {
    store.dispose();
    client.destroy();
    throw error;
  }
}
