import * as Y from 'yjs';
import { assertWritable, boardMaps } from '../core/boardMaps.js';
import { createId } from '../core/ModelEnv.js';
import { ModelError } from '../core/ModelError.js';
import type { OperationContext } from '../core/OperationContext.js';
import {
  validateGoalFields,
  writeGoalFields,
  type GoalFieldsInput,
  type ValidKeyResultEntry,
} from './goalFields.js';
import type { ValidKeyResultFields } from './keyResultFields.js';
import { writeKeyResultFields } from './keyResultFields.js';
import { listOf, reconcileList, type DesiredEntry } from '../core/orderedList.js';
import { applyStrategyRekeys, requireStrategyItem, strategySlot } from './strategyItems.js';
import { STRATEGY_ITEM_FIELDS } from './strategySchema.js';

/** A new goal: the objective (`title`) is required; `index` places it among the goals. */
export interface NewGoal extends GoalFieldsInput {
  readonly title: string;
  /** Position among the goals, 0 first; the end when absent. */
  readonly index?: number;
}

function desiredKeyResults(
  goal: Y.Map<unknown>,
  entries: readonly ValidKeyResultEntry[],
): DesiredEntry<ValidKeyResultFields>[] {
  const list = listOf(goal, STRATEGY_ITEM_FIELDS.keyResults);
  return entries.map((entry) => {
    if (entry.id === null) return { existingId: null, fields: entry.fields };
    if (!(list?.get(entry.id) instanceof Y.Map)) {
      throw new ModelError('not-found', `No key result ${JSON.stringify(entry.id)} on this goal.`);
    }
    return { existingId: entry.id, fields: entry.fields };
  });
}

/** Adds a goal (with any key results given) and returns its id. */
export function addGoal(doc: Y.Doc, input: NewGoal, ctx: OperationContext): string {
  const maps = boardMaps(doc);
  assertWritable(maps);
  if (typeof input.title !== 'string') throw new ModelError('invalid', 'Objective is required.');
  const fields = validateGoalFields(input);
  if (fields.keyResults?.some((entry) => entry.id !== null)) {
    throw new ModelError('invalid', 'A new goal cannot name existing key results.');
  }
  const slot = strategySlot(maps, 'goal', input.index, ctx.env);
  const id = createId(ctx.env);
  doc.transact(() => {
    const goal = new Y.Map<unknown>();
    maps.items.set(id, goal);
    goal.set(STRATEGY_ITEM_FIELDS.type, 'goal');
    goal.set(STRATEGY_ITEM_FIELDS.order, slot.order);
    // The list is created with the goal: two people adding the first key result at once must
    // add to one shared map, not each create a map of their own for one to overwrite.
    goal.set(STRATEGY_ITEM_FIELDS.keyResults, new Y.Map<unknown>());
    writeGoalFields(goal, { description: '', ...fields });
    reconcileList(
      goal,
      STRATEGY_ITEM_FIELDS.keyResults,
      desiredKeyResults(goal, fields.keyResults ?? []),
      writeKeyResultFields,
      () => createId(ctx.env),
      ctx.env,
    );
    const now = ctx.env.now();
    goal.set(STRATEGY_ITEM_FIELDS.createdAt, now);
    goal.set(STRATEGY_ITEM_FIELDS.updatedAt, now);
    applyStrategyRekeys(maps, slot);
  }, ctx.origin);
  return id;
}

/** Changes the given fields of a goal; fields left out keep their value. */
export function updateGoal(
  doc: Y.Doc,
  goalId: string,
  patch: GoalFieldsInput,
  ctx: OperationContext,
): void {
  const maps = boardMaps(doc);
  assertWritable(maps);
  const goal = requireStrategyItem(maps, goalId, 'goal');
  const fields = validateGoalFields(patch);
  const keyResults =
    fields.keyResults === undefined ? undefined : desiredKeyResults(goal, fields.keyResults);
  doc.transact(() => {
    writeGoalFields(goal, fields);
    if (keyResults !== undefined) {
      reconcileList(
        goal,
        STRATEGY_ITEM_FIELDS.keyResults,
        keyResults,
        writeKeyResultFields,
        () => createId(ctx.env),
        ctx.env,
      );
    }
    goal.set(STRATEGY_ITEM_FIELDS.updatedAt, ctx.env.now());
  }, ctx.origin);
}

/** Removes a goal and its key results; a concurrent edit of it is dropped (delete wins). */
export function deleteGoal(doc: Y.Doc, goalId: string, ctx: OperationContext): void {
  const maps = boardMaps(doc);
  assertWritable(maps);
  requireStrategyItem(maps, goalId, 'goal');
  doc.transact(() => maps.items.delete(goalId), ctx.origin);
}
