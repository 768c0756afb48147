import type * as Y from 'yjs';
import { assertWritable, boardMaps } from '../core/boardMaps.js';
import type { OperationContext } from '../core/OperationContext.js';
import { assertLaunchBoard } from './assertLaunchBoard.js';
import { requireTask } from './requireTask.js';

/** Removes a task. A concurrent edit of the deleted task is dropped: delete wins. */
export function deleteTask(doc: Y.Doc, taskId: string, ctx: OperationContext): void {
  const maps = boardMaps(doc);
  assertWritable(maps);
  assertLaunchBoard(doc);
  requireTask(doc, taskId);
  doc.transact(() => maps.items.delete(taskId), ctx.origin);
}
