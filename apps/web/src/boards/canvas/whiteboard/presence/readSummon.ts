/** What a facilitator sends on the board's stateless channel to bring everyone to their view. */
export const SUMMON_REQUEST = JSON.stringify({ type: 'summon' });

/**
 * A "bring everyone to me", as the server relays it: `by` is the facilitator as the server
 * identified them (the server checks the right to summon and stamps the sender itself).
 */
export interface Summon {
  readonly by: { readonly id: string; readonly name: string };
}

/**
 * The summon in a stateless `payload`, or null for anything else (another kind of message, bad
 * JSON, missing fields). Never throws.
 */
export function readSummon(payload: string): Summon | null {
  let message: unknown;
  try {
    message = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof message !== 'object' || message === null) return null;
  const { type, by } = message as Record<string, unknown>;
  if (type !== 'summon' || typeof by !== 'object' || by === null) return null;
  const { id, name } = by as Record<string, unknown>;
  if (typeof id !== 'string' || typeof name !== 'string') return null;
  return { by: { id, name } };
}
