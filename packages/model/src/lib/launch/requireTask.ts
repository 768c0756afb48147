import type * as Y from 'yjs';
import { boardMaps, childMap } from '../core/boardMaps.js';
import { ModelError } from '../core/ModelError.js';

/** The task `taskId` of a launch board, or ModelError('not-found'). */
export function requireTask(doc: Y.Doc, taskId: string): Y.Map<unknown> {
  const task = childMap(boardMaps(doc).items, taskId);
  if (!task) throw new ModelError('not-found', `No task ${JSON.stringify(taskId)} on this board.`);
  return task;
}
