/**
 * @cairn/model: the Yjs layout of Cairn's boards and the named operations that change them.
 * No React, no network: the server, the web client and third-party tools share this package.
 * One section per layer: core (shared by every kind), board (dispatch by kind), then each kind.
 */

// core
export { createId, ID_LENGTH, systemEnv } from './lib/core/ModelEnv.js';
export type { ModelEnv } from './lib/core/ModelEnv.js';
export { ModelError } from './lib/core/ModelError.js';
export type { ModelErrorCode } from './lib/core/ModelError.js';
export type { OperationContext } from './lib/core/OperationContext.js';
export { addLink, LINKS_FIELD, linkKey, readLinks, removeLink } from './lib/core/links.js';
export type { LinkTarget } from './lib/core/links.js';
export { compareOrdered } from './lib/core/orderKeys.js';
export { readBoardTitle } from './lib/core/readBoardTitle.js';
export { readKind, readMeta } from './lib/core/readMeta.js';
export type { BoardMetaView } from './lib/core/readMeta.js';
export { renameBoard } from './lib/core/renameBoard.js';
export {
  createRichText,
  readRichTextPlain,
  richTextOf,
  writeRichTextPlain,
} from './lib/core/richText.js';
export {
  BOARD_KINDS,
  DEFAULT_HORIZONS,
  DEFAULT_LANE_NAME,
  ITEM_STATUSES,
  LIMITS,
  SCHEMA_VERSION,
} from './lib/core/schema.js';
export type { BoardKind, ItemStatus, Placement } from './lib/core/schema.js';
export { isTransactionOrigin } from './lib/core/TransactionOrigin.js';
export type { TransactionOrigin } from './lib/core/TransactionOrigin.js';

// board: any kind
export { initBoard } from './lib/board/initBoard.js';
export type { NewBoard } from './lib/board/initBoard.js';
export { readBoard } from './lib/board/readBoard.js';
export type { BoardView } from './lib/board/readBoard.js';

// roadmap
export { addItem } from './lib/roadmap/addItem.js';
export type { NewItem } from './lib/roadmap/addItem.js';
export { deleteItem } from './lib/roadmap/deleteItem.js';
export type { ItemFieldsInput } from './lib/roadmap/itemFields.js';
export { addLane, deleteLane, moveLane, renameLane } from './lib/roadmap/laneOperations.js';
export { moveItem } from './lib/roadmap/moveItem.js';
export type { PlacementTarget } from './lib/roadmap/computePlacement.js';
export type { NewRoadmap } from './lib/roadmap/prepareRoadmap.js';
export { readRoadmap } from './lib/roadmap/readRoadmap.js';
export type { AxisView, ItemView, RoadmapView } from './lib/roadmap/readRoadmap.js';
export { updateItem } from './lib/roadmap/updateItem.js';

// strategy
export type { NewStrategy } from './lib/strategy/prepareStrategy.js';
export { readStrategy } from './lib/strategy/readStrategy.js';
export type { StrategyItemView, StrategyView } from './lib/strategy/readStrategy.js';

// personas
export type { NewPersonas } from './lib/personas/preparePersonas.js';
export { readPersonas } from './lib/personas/readPersonas.js';
export type { PersonasItemView, PersonasView } from './lib/personas/readPersonas.js';

// launch
export type { NewLaunch } from './lib/launch/prepareLaunch.js';
export { readLaunch } from './lib/launch/readLaunch.js';
export type { LaunchItemView, LaunchView } from './lib/launch/readLaunch.js';

// canvas
export type { NewCanvas } from './lib/canvas/prepareCanvas.js';
export { readCanvas } from './lib/canvas/readCanvas.js';
export type { CanvasItemView, CanvasView } from './lib/canvas/readCanvas.js';
