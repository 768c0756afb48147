import type * as Y from 'yjs';
import { ModelError } from '../core/ModelError.js';
import { writeRichTextPlain } from '../core/richText.js';
import { validateText } from '../core/validateText.js';
import { validateOffsetDays } from './launchDate.js';
import { LAUNCH_LIMITS, TASK_FIELDS, TASK_STATUSES, type TaskStatus } from './launchSchema.js';
import type { TrackLayout } from './resolveTracks.js';

/** The editable fields of a task, all optional, as operations accept them. */
export interface TaskFieldsInput {
  readonly title?: string;
  /** Plain text; replaces the whole rich-text description (one paragraph per line). */
  readonly description?: string;
  readonly owner?: string;
  readonly status?: TaskStatus;
  /** Id of a live track. */
  readonly track?: string;
  /** Whole days relative to launch day, within ±LAUNCH_LIMITS.maxOffsetDays. */
  readonly offsetDays?: number;
}

/** Validated, normalised field values, ready to write. */
export interface ValidTaskFields {
  title?: string;
  description?: string;
  owner?: string;
  status?: TaskStatus;
  track?: string;
  offsetDays?: number;
}

/** Refuses a track that is not live on the board with ModelError('not-found'). */
export function validateTrack(layout: TrackLayout, track: unknown): string {
  if (typeof track !== 'string' || !layout.tracks.some((entry) => entry.id === track)) {
    throw new ModelError('not-found', `No track ${JSON.stringify(track)} on this board.`);
  }
  return track;
}

/** Checks every given field; throws ModelError('invalid') or ('not-found' for the track). */
export function validateTaskFields(input: TaskFieldsInput, layout: TrackLayout): ValidTaskFields {
  const valid: ValidTaskFields = {};
  if (input.title !== undefined) {
    valid.title = validateText('Title', input.title, LAUNCH_LIMITS.titleLength);
  }
  if (input.description !== undefined) {
    valid.description = validateText(
      'Description',
      input.description,
      LAUNCH_LIMITS.descriptionLength,
      true,
    );
  }
  if (input.owner !== undefined) {
    valid.owner = validateText('Owner', input.owner, LAUNCH_LIMITS.ownerLength, true);
  }
  if (input.status !== undefined) {
    if (!TASK_STATUSES.includes(input.status)) {
      throw new ModelError('invalid', `Status must be one of ${TASK_STATUSES.join(', ')}.`);
    }
    valid.status = input.status;
  }
  if (input.offsetDays !== undefined) valid.offsetDays = validateOffsetDays(input.offsetDays);
  if (input.track !== undefined) valid.track = validateTrack(layout, input.track);
  return valid;
}

/** Writes validated fields into a task map (inside the caller's transaction). */
export function writeTaskFields(task: Y.Map<unknown>, fields: ValidTaskFields): void {
  if (fields.title !== undefined) task.set(TASK_FIELDS.title, fields.title);
  if (fields.description !== undefined) {
    writeRichTextPlain(task, TASK_FIELDS.description, fields.description);
  }
  if (fields.owner !== undefined) task.set(TASK_FIELDS.owner, fields.owner);
  if (fields.status !== undefined) task.set(TASK_FIELDS.status, fields.status);
  if (fields.track !== undefined) task.set(TASK_FIELDS.track, fields.track);
  if (fields.offsetDays !== undefined) task.set(TASK_FIELDS.offsetDays, fields.offsetDays);
}
