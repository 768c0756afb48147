import { LIMITS } from '@cairn/model';
import { z } from 'zod';
import { ROLES } from '../auth/roles.js';
import { textField as text } from './kinds/textField.js';

/**
 * Request bodies of the REST API. These check shapes and types; the model operations check
 * content (trimmed, non-empty, length limits), so the web client and the API share one rule.
 * Unknown fields are refused, so a misspelt field is an error rather than silently ignored.
 */

export const patchBoardBody = z.strictObject({
  title: text,
});

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
