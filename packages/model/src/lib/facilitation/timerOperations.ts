import type * as Y from 'yjs';
import { ModelError } from '../core/ModelError.js';
import type { OperationContext } from '../core/OperationContext.js';
import { facilitationMap, validatePerson } from './facilitationMap.js';
import {
  FACILITATION_KEYS,
  FACILITATION_LIMITS,
  type FacilitationPerson,
  type TimerView,
} from './facilitationSchema.js';

/**
 * Starts the shared timer for `durationSeconds` (a whole number within FACILITATION_LIMITS),
 * replacing any running one, and returns it. The end time is on the clock of `ctx.env`, which
 * is the server's: clients correct for their own clock with the server time the API reports.
 */
export function startTimer(
  doc: Y.Doc,
  durationSeconds: number,
  startedBy: FacilitationPerson,
  ctx: OperationContext,
): TimerView {
  const map = facilitationMap(doc);
  const { minTimerSeconds, maxTimerSeconds } = FACILITATION_LIMITS;
  if (
    !Number.isSafeInteger(durationSeconds) ||
    durationSeconds < minTimerSeconds ||
    durationSeconds > maxTimerSeconds
  ) {
    throw new ModelError(
      'invalid',
      `A timer runs for a whole number of seconds from ${minTimerSeconds} to ${maxTimerSeconds}.`,
    );
  }
  const durationMs = durationSeconds * 1000;
  const timer: TimerView = {
    endsAt: ctx.env.now() + durationMs,
    durationMs,
    startedBy: validatePerson(startedBy),
  };
  doc.transact(() => map.set(FACILITATION_KEYS.timer, timer), ctx.origin);
  return timer;
}

/** Stops the shared timer. Stopping when none runs changes nothing, so the call can be repeated. */
export function stopTimer(doc: Y.Doc, ctx: OperationContext): void {
  const map = facilitationMap(doc);
  if ((map.get(FACILITATION_KEYS.timer) ?? null) === null) return;
  doc.transact(() => map.set(FACILITATION_KEYS.timer, null), ctx.origin);
}
