import { z } from 'zod';

/** `POST /api/inbox/read`: the items to mark read; none marks every item. */
export const markReadBody = z.strictObject({
  ids: z.array(z.string().max(200)).max(1_000).optional(),
});
