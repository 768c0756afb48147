/**
 * Refusals that mean the board is gone for this person (deleted, never theirs, access revoked),
 * so its cached copy must not open it again. Any other refusal (a limit, a server fault) may
 * pass, and keeps the copy and the edits waiting in it.
 */
const FINAL_REFUSALS: ReadonlySet<string> = new Set([
  'not-found',
  'unauthorized',
  'forbidden',
  'access-ended',
]);

/** True when the server's refusal `reason` should delete the board's cached copy. */
export function refusalEndsCache(reason: string): boolean {
  return FINAL_REFUSALS.has(reason.trim());
}
