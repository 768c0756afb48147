import { LIMITS } from '@cairn/model';
import { z } from 'zod';
import { SCHEDULE_PERIODS } from './ScheduleStore.js';
import { HISTORY_LIMITS } from './VersionService.js';

/** A lone UTF-16 surrogate: not a character, and SQLite would store it as U+FFFD. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Plain text, trimmed, 1–`max` code points (an emoji counts once). */
function plainText(what: string, max: number) {
  return z
    .string()
    .max(max * 2 + 1_000)
    .transform((text) => text.trim())
    .refine((text) => text.length > 0, `${what} must not be empty.`)
    .refine((text) => [...text].length <= max, `${what} is at most ${max} characters.`)
    .refine((text) => !LONE_SURROGATE.test(text), `${what} must be valid Unicode text.`);
}

/** `POST /api/boards/:id/versions`. */
export const newVersionBody = z.strictObject({
  name: plainText('A version name', HISTORY_LIMITS.nameLength),
});

/** `POST /api/boards/:id/versions/:versionId/copy`; the title defaults to "<title> (<name>)". */
export const copyVersionBody = z.strictObject({
  title: plainText('A title', LIMITS.titleLength).optional(),
});

/** `PUT /api/boards/:id/versions/schedule`: how often, or null for no schedule. */
export const scheduleBody = z.strictObject({
  every: z.enum(SCHEDULE_PERIODS).nullable(),
});
