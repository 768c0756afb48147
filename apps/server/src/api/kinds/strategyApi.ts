import {
  addCompetitor,
  addGoal,
  deleteCompetitor,
  deleteGoal,
  GOAL_STATUSES,
  ModelError,
  moveStrategyItem,
  readStrategy,
  STRATEGY_LIMITS,
  updateCompetitor,
  updateGoal,
  type StrategyItemType,
} from '@cairn/model';
import type * as Y from 'yjs';
import { z } from 'zod';
import { validate } from '../parseBody.js';
import type { BoardKindApi } from './BoardKindApi.js';
import { textField } from './textField.js';

/**
 * Strategy boards over REST. Goals and competitors share `/items`, told apart by `type`. The
 * schemas check shapes, types and number ranges; the model checks text (trimmed, non-empty,
 * its own limits), so the web client and the API share one rule.
 */

const value = z.number().min(-STRATEGY_LIMITS.maxAbsValue).max(STRATEGY_LIMITS.maxAbsValue);
const index = z.int().min(0).max(1_000_000).optional();
const textList = z.array(textField).max(STRATEGY_LIMITS.listEntries);

const newKeyResult = z.strictObject({
  name: textField,
  start: value.optional(),
  target: value,
  current: value.optional(),
  unit: textField.optional(),
});

/** A key result in a PATCH: with `id` it changes that one, without it adds one. */
const keyResultEntry = z.union([
  z.strictObject({
    id: z.string(),
    name: textField.optional(),
    start: value.optional(),
    target: value.optional(),
    current: value.optional(),
    unit: textField.optional(),
  }),
  newKeyResult,
]);

const goalFields = {
  description: textField.optional(),
  status: z.enum(GOAL_STATUSES).nullable().optional(),
  confidence: z.int().min(0).max(100).nullable().optional(),
  index,
};

const competitorFields = {
  strengths: textList.optional(),
  weaknesses: textList.optional(),
  differentiation: textField.optional(),
  index,
};

const createItemBody = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('goal'),
    title: textField,
    ...goalFields,
    keyResults: z.array(newKeyResult).max(STRATEGY_LIMITS.keyResultsPerGoal).optional(),
  }),
  z.strictObject({ type: z.literal('competitor'), title: textField, ...competitorFields }),
]);

const atLeastOneField = (body: object) => Object.keys(body).some((key) => key !== 'type');
const ONE_FIELD = 'Give at least one field to change.';

const patchBodies = {
  goal: z
    .strictObject({
      type: z.literal('goal').optional(),
      title: textField.optional(),
      ...goalFields,
      keyResults: z.array(keyResultEntry).max(STRATEGY_LIMITS.keyResultsPerGoal).optional(),
    })
    .refine(atLeastOneField, ONE_FIELD),
  competitor: z
    .strictObject({
      type: z.literal('competitor').optional(),
      title: textField.optional(),
      ...competitorFields,
    })
    .refine(atLeastOneField, ONE_FIELD),
} as const;

/** The type of entry `itemId`, or undefined when the board has none. */
function typeOf(doc: Y.Doc, itemId: string): StrategyItemType | undefined {
  return readStrategy(doc).items.find((item) => item.id === itemId)?.type;
}

function notFound(itemId: string): ModelError {
  return new ModelError('not-found', `No item ${JSON.stringify(itemId)} on this board.`);
}

/** Strategy goals (with key results) and competitors. */
export const strategyApi: BoardKindApi = {
  createBoardBody: z.strictObject({
    kind: z.literal('strategy'),
    title: textField,
    vision: textField.optional(),
    positioning: z
      .strictObject({
        for: textField.optional(),
        who: textField.optional(),
        unlike: textField.optional(),
        we: textField.optional(),
      })
      .optional(),
  }),
  addItem: (doc, body, ctx) => {
    const input = validate(createItemBody, body);
    // The operations read only their own fields, so `type` can ride along.
    return input.type === 'goal' ? addGoal(doc, input, ctx) : addCompetitor(doc, input, ctx);
  },
  updateItem: (doc, itemId, body, ctx) => {
    const type = typeOf(doc, itemId);
    if (type === undefined) {
      // Still a 400 for a body no entry could take, so the reason is about the body first.
      validate(z.union([patchBodies.goal, patchBodies.competitor]), body);
      throw notFound(itemId);
    }
    if (type === 'goal') {
      const { index: position, ...fields } = validate(patchBodies.goal, body);
      if (atLeastOneField(fields)) updateGoal(doc, itemId, fields, ctx);
      if (position !== undefined) moveStrategyItem(doc, itemId, position, ctx);
      return;
    }
    const { index: position, ...fields } = validate(patchBodies.competitor, body);
    if (atLeastOneField(fields)) updateCompetitor(doc, itemId, fields, ctx);
    if (position !== undefined) moveStrategyItem(doc, itemId, position, ctx);
  },
  deleteItem: (doc, itemId, ctx) => {
    const type = typeOf(doc, itemId);
    if (type === undefined) throw notFound(itemId);
    if (type === 'goal') deleteGoal(doc, itemId, ctx);
    else deleteCompetitor(doc, itemId, ctx);
  },
};
