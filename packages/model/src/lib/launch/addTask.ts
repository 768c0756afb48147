import * as Y from 'yjs';
import { assertWritable, boardMaps } from '../core/boardMaps.js';
import { createId } from '../core/ModelEnv.js';
import { ModelError } from '../core/ModelError.js';
import type { OperationContext } from '../core/OperationContext.js';
import { createRichText } from '../core/richText.js';
import { assertLaunchBoard } from './assertLaunchBoard.js';
import { LAUNCH_LIMITS, TASK_FIELDS } from './launchSchema.js';
import { resolveTracks } from './resolveTracks.js';
import { validateTaskFields, writeTaskFields, type TaskFieldsInput } from './taskFields.js';

/**
 * A new task: a title is required. Without a track it goes to the first track; without an
 * offset it is due on launch day; without a status it is `todo`.
 */
export interface NewTask extends TaskFieldsInput {
  readonly title: string;
}

/** Adds a task to a launch plan and returns its id. */
export function addTask(doc: Y.Doc, input: NewTask, ctx: OperationContext): string {
  const maps = boardMaps(doc);
  assertWritable(maps);
  assertLaunchBoard(doc);
  if (typeof input.title !== 'string') throw new ModelError('invalid', 'Title is required.');
  const layout = resolveTracks(doc);
  const fields = validateTaskFields(input, layout);
  const track = fields.track ?? layout.tracks[0]?.id;
  if (track === undefined) throw new ModelError('not-found', 'This launch plan has no track.');
  if (maps.items.size >= LAUNCH_LIMITS.tasksPerBoard) {
    throw new ModelError(
      'invalid',
      `A launch plan has at most ${LAUNCH_LIMITS.tasksPerBoard} tasks.`,
    );
  }
  const id = createId(ctx.env);
  doc.transact(() => {
    const task = new Y.Map<unknown>();
    maps.items.set(id, task);
    // The fragment exists from the start, so two people opening the editor share one.
    task.set(TASK_FIELDS.description, createRichText());
    writeTaskFields(task, { owner: '', status: 'todo', offsetDays: 0, ...fields, track });
    const now = ctx.env.now();
    task.set(TASK_FIELDS.createdAt, now);
    task.set(TASK_FIELDS.updatedAt, now);
  }, ctx.origin);
  return id;
}
