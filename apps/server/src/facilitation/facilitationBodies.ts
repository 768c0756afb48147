import { FACILITATION_NAME_LENGTH } from '@cairn/model';
import { z } from 'zod';

/**
 * Request bodies of the facilitation routes. They check shapes and types; the model checks
 * content (whole numbers within FACILITATION_LIMITS, names), so one rule serves every caller.
 */

/** PUT /api/boards/:id/facilitators/:userId */
export const facilitatorBody = z.strictObject({
  name: z.string().max(FACILITATION_NAME_LENGTH * 4),
});

/** POST /api/boards/:id/timer */
export const timerBody = z.strictObject({
  durationSeconds: z.number(),
});

/** POST /api/boards/:id/votes */
export const voteBody = z.strictObject({
  budget: z.number(),
});

/** PUT /api/boards/:id/votes/:voteId/ballot: the caller's whole ballot, shape id -> dots. */
export const ballotBody = z.strictObject({
  dots: z.record(z.string().min(1).max(200), z.int().positive()),
});
