import { BOARD_KINDS, ITEM_STATUSES, LIMITS } from '@cairn/model';
import { z } from 'zod';
import { ROLES } from '../auth/roles.js';

/**
 * Request bodies of the REST API. These check shapes and types; the model operations check
 * content (trimmed, non-empty, length limits), so the web client and the API share one rule.
 * Unknown fields are refused, so a misspelt field is an error rather than silently ignored.
 */

/** Upper bound on any text field before the model's own limits apply (keeps errors short). */
const MAX_TEXT = LIMITS.descriptionLength * 4;
const text = z.string().max(MAX_TEXT);

export const createBoardBody = z.strictObject({
  title: text,
  kind: z.enum(BOARD_KINDS),
  lanes: z.array(text).max(LIMITS.lanesPerBoard).optional(),
});

export const patchBoardBody = z.strictObject({
  title: text,
});

const itemFields = {
  description: text.optional(),
  status: z.enum(ITEM_STATUSES).optional(),
  owner: text.optional(),
  tags: z.array(text).max(LIMITS.tagsPerItem).optional(),
  lane: text.optional(),
  horizon: text.optional(),
  index: z.int().min(0).max(1_000_000).optional(),
};

export const createItemBody = z.strictObject({ title: text, ...itemFields });

export const patchItemBody = z
  .strictObject({ title: text.optional(), ...itemFields })
  .refine((body) => Object.keys(body).length > 0, 'Give at least one field to change.');

export const createLaneBody = z.strictObject({
  name: text,
  index: z.int().min(0).max(LIMITS.lanesPerBoard).optional(),
});

export const patchLaneBody = z
  .strictObject({
    name: text.optional(),
    index: z.int().min(0).max(LIMITS.lanesPerBoard).optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'Give at least one field to change.');

export const createTokenBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  role: z.enum(ROLES),
});
