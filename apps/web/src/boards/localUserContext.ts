import { systemEnv, type OperationContext } from '@cairn/model';

/**
 * The context of every operation the person at this tab makes: their origin (undo and audit key
 * on it) and the real clock and randomness.
 */
export function localUserContext(userId: string): OperationContext {
  return { origin: { kind: 'local-user', userId }, env: systemEnv };
}
