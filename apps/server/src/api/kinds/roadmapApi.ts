import {
  addItem,
  deleteItem,
  ITEM_HEALTHS,
  ITEM_STATUSES,
  LIMITS,
  ModelError,
  moveItem,
  readRoadmap,
  RICE_IMPACTS,
  ROADMAP_LIMITS,
  updateItem,
} from '@cairn/model';
import type * as Y from 'yjs';
import { z } from 'zod';
import { validate } from '../parseBody.js';
import type { BoardKindApi } from './BoardKindApi.js';
import { textField } from './textField.js';

/** An id in a body: the model says whether it names something; this only bounds the size. */
const idField = z.string().min(1).max(100);

/** 'YYYY-MM-DD' (the model also refuses dates that do not exist), or null to clear. */
const dateField = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date written YYYY-MM-DD.')
  .nullable();

const itemFields = {
  description: textField.optional(),
  status: z.enum(ITEM_STATUSES).optional(),
  owner: textField.optional(),
  tags: z.array(textField).max(LIMITS.tagsPerItem).optional(),
  lane: textField.optional(),
  horizon: textField.optional(),
  index: z.int().min(0).max(1_000_000).optional(),
  startDate: dateField.optional(),
  endDate: dateField.optional(),
  health: z.enum(ITEM_HEALTHS).optional(),
  releaseId: idField.nullable().optional(),
  dependencies: z.array(idField).max(ROADMAP_LIMITS.dependenciesPerItem).optional(),
  reach: z.int().min(0).max(ROADMAP_LIMITS.maxReach).nullable().optional(),
  impact: z
    .number()
    .refine((value) => (RICE_IMPACTS as readonly number[]).includes(value), {
      message: `Expected one of ${RICE_IMPACTS.join(', ')}.`,
    })
    .nullable()
    .optional(),
  confidence: z.number().min(0).max(ROADMAP_LIMITS.maxConfidence).nullable().optional(),
  effort: z.number().gt(0).max(ROADMAP_LIMITS.maxEffort).nullable().optional(),
  value: z.int().min(ROADMAP_LIMITS.minValue).max(ROADMAP_LIMITS.maxValue).nullable().optional(),
};

const createItemBody = z.strictObject({ title: textField, ...itemFields });

const patchItemBody = z
  .strictObject({ title: textField.optional(), ...itemFields })
  .refine((body) => Object.keys(body).length > 0, 'Give at least one field to change.');

/** Checks a move target before any write, so a PATCH never half-applies. */
function assertTarget(doc: Y.Doc, lane?: string, horizon?: string): void {
  const board = readRoadmap(doc);
  if (lane !== undefined && !board.lanes.some((entry) => entry.id === lane)) {
    throw new ModelError('not-found', `No lane ${JSON.stringify(lane)} on this board.`);
  }
  if (horizon !== undefined && !board.horizons.some((entry) => entry.id === horizon)) {
    throw new ModelError('not-found', `No horizon ${JSON.stringify(horizon)} on this board.`);
  }
}

/**
 * Roadmap items: fields, schedule, health, release, dependencies, scores and placement (lane,
 * horizon, index) in one body. `null` clears an optional field.
 */
export const roadmapApi: BoardKindApi = {
  createBoardBody: z.strictObject({
    kind: z.literal('roadmap'),
    title: textField,
    lanes: z.array(textField).max(LIMITS.lanesPerBoard).optional(),
  }),
  addItem: (doc, body, ctx) => addItem(doc, validate(createItemBody, body), ctx),
  updateItem: (doc, itemId, body, ctx) => {
    const { lane, horizon, index, ...fields } = validate(patchItemBody, body);
    if (!readRoadmap(doc).items.some((item) => item.id === itemId)) {
      throw new ModelError('not-found', `No item ${JSON.stringify(itemId)} on this board.`);
    }
    assertTarget(doc, lane, horizon);
    if (Object.keys(fields).length > 0) updateItem(doc, itemId, fields, ctx);
    if (lane !== undefined || horizon !== undefined || index !== undefined) {
      moveItem(doc, itemId, { lane, horizon, index }, ctx);
    }
  },
  deleteItem,
};
