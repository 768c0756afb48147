import type * as Y from 'yjs';
import { assertWritable, boardMaps } from '../core/boardMaps.js';
import type { OperationContext } from '../core/OperationContext.js';
import { assertLaunchBoard } from './assertLaunchBoard.js';
import { TASK_FIELDS } from './launchSchema.js';
import { requireTask } from './requireTask.js';
import { resolveTracks } from './resolveTracks.js';
import { validateTaskFields, writeTaskFields, type TaskFieldsInput } from './taskFields.js';

/**
 * Changes the given fields of a task; fields left out keep their value, so two people changing
 * different fields at once (one the owner, one the offset) both keep their change.
 */
export function updateTask(
  doc: Y.Doc,
  taskId: string,
  patch: TaskFieldsInput,
  ctx: OperationContext,
): void {
  assertWritable(boardMaps(doc));
  assertLaunchBoard(doc);
  const task = requireTask(doc, taskId);
  const fields = validateTaskFields(patch, resolveTracks(doc));
  doc.transact(() => {
    writeTaskFields(task, fields);
    task.set(TASK_FIELDS.updatedAt, ctx.env.now());
  }, ctx.origin);
}
