import { z } from 'zod';
import { COMMENT_BODY_MAX } from './commentRules.js';

/** A lone UTF-16 surrogate: not a character, and SQLite would store it as U+FFFD. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * A comment body: plain text, trimmed, 1–COMMENT_BODY_MAX code points (what people count as
 * characters, so an emoji is one). Nothing in it is ever interpreted by the server.
 */
export const commentText = z
  .string()
  .max(COMMENT_BODY_MAX * 2 + 10_000)
  .transform((body) => body.trim())
  .refine((body) => body.length > 0, 'A comment must not be empty.')
  .refine(
    (body) => [...body].length <= COMMENT_BODY_MAX,
    `A comment is at most ${COMMENT_BODY_MAX} characters.`,
  )
  .refine((body) => !LONE_SURROGATE.test(body), 'A comment must be valid Unicode text.');

/** An entry key or a shape id: generous, but bounded so errors stay short. */
const anchorId = z.string().min(1).max(200);

/** What a new thread hangs on; null or absent: the board itself. */
export const anchorBody = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('item'), id: anchorId }),
  z.strictObject({ type: z.literal('shape'), id: anchorId }),
]);

/** `POST /api/boards/:id/comments`. */
export const newThreadBody = z.strictObject({
  body: commentText,
  anchor: anchorBody.nullable().optional(),
});

/** `POST /api/boards/:id/comments/:threadId/replies`. */
export const replyBody = z.strictObject({ body: commentText });

/** `PATCH /api/boards/:id/comments/:commentId`: a new body, resolving or reopening, or both. */
export const patchCommentBody = z
  .strictObject({ body: commentText.optional(), resolved: z.boolean().optional() })
  .refine(
    (patch) => patch.body !== undefined || patch.resolved !== undefined,
    'Give body, resolved or both.',
  );
