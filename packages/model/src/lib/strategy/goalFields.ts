import type * as Y from 'yjs';
import { ModelError } from '../core/ModelError.js';
import { validateText } from '../core/validateText.js';
import {
  validateKeyResultPatch,
  validateNewKeyResult,
  type KeyResultPatch,
  type NewKeyResult,
  type ValidKeyResultFields,
} from './keyResultFields.js';
import {
  GOAL_STATUSES,
  STRATEGY_ITEM_FIELDS,
  STRATEGY_LIMITS,
  type GoalStatus,
} from './strategySchema.js';

/** A key result in a goal written whole: with `id` it updates that one, without it adds one. */
export type KeyResultEntry =
  (NewKeyResult & { readonly id?: undefined }) | (KeyResultPatch & { readonly id: string });

/** The editable fields of a goal, all optional, as operations accept them. */
export interface GoalFieldsInput {
  /** The objective. */
  readonly title?: string;
  readonly description?: string;
  /** null clears it. */
  readonly status?: GoalStatus | null;
  /** Whole percentage 0–100; null clears it. */
  readonly confidence?: number | null;
  /**
   * The whole list of key results, in order: listed ids are kept (and updated), entries without
   * an id are added, and key results not listed are deleted.
   */
  readonly keyResults?: readonly KeyResultEntry[];
}

/** A validated key result of a list written whole. */
export type ValidKeyResultEntry =
  | { readonly id: string; readonly fields: ValidKeyResultFields }
  | { readonly id: null; readonly fields: Required<ValidKeyResultFields> };

/** Validated, normalised goal fields, ready to write. */
export interface ValidGoalFields {
  title?: string;
  description?: string;
  status?: GoalStatus | null;
  confidence?: number | null;
  keyResults?: ValidKeyResultEntry[];
}

/** Checks every given field; throws ModelError('invalid'). */
export function validateGoalFields(input: GoalFieldsInput): ValidGoalFields {
  const valid: ValidGoalFields = {};
  if (input.title !== undefined) {
    if (typeof input.title !== 'string') throw new ModelError('invalid', 'Objective must be text.');
    valid.title = validateText('Objective', input.title, STRATEGY_LIMITS.titleLength);
  }
  if (input.description !== undefined) {
    if (typeof input.description !== 'string') {
      throw new ModelError('invalid', 'Description must be text.');
    }
    valid.description = validateText(
      'Description',
      input.description,
      STRATEGY_LIMITS.goalDescriptionLength,
      true,
    );
  }
  if (input.status !== undefined) {
    if (input.status !== null && !GOAL_STATUSES.includes(input.status)) {
      throw new ModelError('invalid', `Status must be one of ${GOAL_STATUSES.join(', ')}.`);
    }
    valid.status = input.status;
  }
  if (input.confidence !== undefined) {
    const { confidence } = input;
    if (
      confidence !== null &&
      (!Number.isInteger(confidence) || confidence < 0 || confidence > 100)
    ) {
      throw new ModelError('invalid', 'Confidence must be a whole percentage from 0 to 100.');
    }
    valid.confidence = confidence;
  }
  if (input.keyResults !== undefined) valid.keyResults = validateKeyResultList(input.keyResults);
  return valid;
}

function validateKeyResultList(entries: readonly KeyResultEntry[]): ValidKeyResultEntry[] {
  const list: unknown = entries;
  if (!Array.isArray(list)) throw new ModelError('invalid', 'Key results must be a list.');
  if (entries.length > STRATEGY_LIMITS.keyResultsPerGoal) {
    throw new ModelError(
      'invalid',
      `A goal has at most ${STRATEGY_LIMITS.keyResultsPerGoal} key results.`,
    );
  }
  const seen = new Set<string>();
  return entries.map((entry) => {
    const raw: unknown = entry;
    if (typeof raw !== 'object' || raw === null) {
      throw new ModelError('invalid', 'A key result must be an object.');
    }
    if (entry.id === undefined) return { id: null, fields: validateNewKeyResult(entry) };
    if (seen.has(entry.id)) {
      throw new ModelError('invalid', `Key result ${JSON.stringify(entry.id)} is listed twice.`);
    }
    seen.add(entry.id);
    return { id: entry.id, fields: validateKeyResultPatch(entry) };
  });
}

/** Writes the plain fields of a goal (not its key results) inside the caller's transaction. */
export function writeGoalFields(goal: Y.Map<unknown>, fields: ValidGoalFields): void {
  if (fields.title !== undefined) goal.set(STRATEGY_ITEM_FIELDS.title, fields.title);
  if (fields.description !== undefined) {
    goal.set(STRATEGY_ITEM_FIELDS.description, fields.description);
  }
  if (fields.status === null) goal.delete(STRATEGY_ITEM_FIELDS.status);
  else if (fields.status !== undefined) goal.set(STRATEGY_ITEM_FIELDS.status, fields.status);
  if (fields.confidence === null) goal.delete(STRATEGY_ITEM_FIELDS.confidence);
  else if (fields.confidence !== undefined) {
    goal.set(STRATEGY_ITEM_FIELDS.confidence, fields.confidence);
  }
}
