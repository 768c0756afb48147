import type * as Y from 'yjs';
import { ModelError } from '../core/ModelError.js';
import type { OperationContext } from '../core/OperationContext.js';
import { updateTask } from './updateTask.js';

/** Where to move a task: another track, another due day, or both. */
export interface TaskTarget {
  readonly track?: string;
  readonly offsetDays?: number;
}

/**
 * Moves a task to another track and/or reschedules it relative to launch day. Track and offset
 * are separate fields: a concurrent move to another track and a reschedule both survive.
 */
export function moveTask(
  doc: Y.Doc,
  taskId: string,
  target: TaskTarget,
  ctx: OperationContext,
): void {
  if (target.track === undefined && target.offsetDays === undefined) {
    throw new ModelError('invalid', 'Give a track or an offset to move the task to.');
  }
  const patch: TaskTarget = {
    ...(target.track !== undefined ? { track: target.track } : {}),
    ...(target.offsetDays !== undefined ? { offsetDays: target.offsetDays } : {}),
  };
  updateTask(doc, taskId, patch, ctx);
}
