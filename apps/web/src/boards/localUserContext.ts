import { systemEnv, type OperationContext } from '@cairn/model';

// One context (and so one origin object) per person: the undo manager tracks origins by
// identity, so every component that acts for the person must hand the model the same object.
const contexts = new Map<string, OperationContext>();

/**
 * The context of every operation the person at this tab makes: their origin (undo and audit key
 * on it) and the real clock and randomness. The same object on every call for the same person.
 */
export function localUserContext(userId: string): OperationContext {
  let context = contexts.get(userId);
  if (context === undefined) {
    context = { origin: { kind: 'local-user', userId }, env: systemEnv };
    contexts.set(userId, context);
  }
  return context;
}
