/**
 * @cairn/model: the Yjs layout of Cairn's boards and the named operations that change them.
 * No React, no network: the server, the web client and third-party tools share this package.
 */
export { addItem } from './lib/addItem.js';
export type { NewItem } from './lib/addItem.js';
export { deleteItem } from './lib/deleteItem.js';
export { initBoard } from './lib/initBoard.js';
export type { NewBoard } from './lib/initBoard.js';
export type { ItemFieldsInput } from './lib/itemFields.js';
export { addLane, deleteLane, moveLane, renameLane } from './lib/laneOperations.js';
export { createId, ID_LENGTH, systemEnv } from './lib/ModelEnv.js';
export type { ModelEnv } from './lib/ModelEnv.js';
export { ModelError } from './lib/ModelError.js';
export type { ModelErrorCode } from './lib/ModelError.js';
export { moveItem } from './lib/moveItem.js';
export type { PlacementTarget } from './lib/computePlacement.js';
export type { OperationContext } from './lib/OperationContext.js';
export { compareOrdered } from './lib/orderKeys.js';
export { readBoard } from './lib/readBoard.js';
export type { AxisView, BoardView, ItemView } from './lib/readBoard.js';
export { readBoardTitle } from './lib/readBoardTitle.js';
export { renameBoard } from './lib/renameBoard.js';
export {
  BOARD_KINDS,
  DEFAULT_HORIZONS,
  DEFAULT_LANE_NAME,
  ITEM_STATUSES,
  LIMITS,
  SCHEMA_VERSION,
} from './lib/schema.js';
export type { BoardKind, ItemStatus, Placement } from './lib/schema.js';
export { isTransactionOrigin } from './lib/TransactionOrigin.js';
export type { TransactionOrigin } from './lib/TransactionOrigin.js';
export { updateItem } from './lib/updateItem.js';
