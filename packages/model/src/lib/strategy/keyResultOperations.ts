import type * as Y from 'yjs';
import { assertWritable, boardMaps } from '../core/boardMaps.js';
import type { OperationContext } from '../core/OperationContext.js';
import {
  validateKeyResultPatch,
  validateNewKeyResult,
  writeKeyResultFields,
  type KeyResultPatch,
  type NewKeyResult,
} from './keyResultFields.js';
import { listOf, planAppend, requireListEntry } from '../core/orderedList.js';
import { requireStrategyItem } from './strategyItems.js';
import { STRATEGY_ITEM_FIELDS, STRATEGY_LIMITS } from './strategySchema.js';

/** The key result `keyResultId` of a goal, or ModelError('not-found'). */
function requireKeyResult(goal: Y.Map<unknown>, keyResultId: string): Y.Map<unknown> {
  return requireListEntry(
    goal,
    STRATEGY_ITEM_FIELDS.keyResults,
    keyResultId,
    'key result',
    'on this goal',
  );
}

/** Adds a key result at the end of a goal's list and returns its id. */
export function addKeyResult(
  doc: Y.Doc,
  goalId: string,
  input: NewKeyResult,
  ctx: OperationContext,
): string {
  const maps = boardMaps(doc);
  assertWritable(maps);
  const goal = requireStrategyItem(maps, goalId, 'goal');
  const fields = validateNewKeyResult(input);
  const planned = planAppend(
    goal,
    STRATEGY_ITEM_FIELDS.keyResults,
    STRATEGY_LIMITS.keyResultsPerGoal,
    `A goal has at most ${STRATEGY_LIMITS.keyResultsPerGoal} key results.`,
    ctx.env,
  );
  doc.transact(() => {
    const keyResult = planned.append();
    writeKeyResultFields(keyResult, fields);
    goal.set(STRATEGY_ITEM_FIELDS.updatedAt, ctx.env.now());
  }, ctx.origin);
  return planned.id;
}

/**
 * Changes the given fields of a key result. Each field is its own key, so recording the current
 * value while someone else corrects the target keeps both.
 */
export function updateKeyResult(
  doc: Y.Doc,
  goalId: string,
  keyResultId: string,
  patch: KeyResultPatch,
  ctx: OperationContext,
): void {
  const maps = boardMaps(doc);
  assertWritable(maps);
  const goal = requireStrategyItem(maps, goalId, 'goal');
  const keyResult = requireKeyResult(goal, keyResultId);
  const fields = validateKeyResultPatch(patch);
  doc.transact(() => {
    writeKeyResultFields(keyResult, fields);
    goal.set(STRATEGY_ITEM_FIELDS.updatedAt, ctx.env.now());
  }, ctx.origin);
}

/** Removes a key result; a concurrent edit of it is dropped (delete wins). */
export function deleteKeyResult(
  doc: Y.Doc,
  goalId: string,
  keyResultId: string,
  ctx: OperationContext,
): void {
  const maps = boardMaps(doc);
  assertWritable(maps);
  const goal = requireStrategyItem(maps, goalId, 'goal');
  requireKeyResult(goal, keyResultId);
  doc.transact(() => {
    listOf(goal, STRATEGY_ITEM_FIELDS.keyResults)?.delete(keyResultId);
    goal.set(STRATEGY_ITEM_FIELDS.updatedAt, ctx.env.now());
  }, ctx.origin);
}
