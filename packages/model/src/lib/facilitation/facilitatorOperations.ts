import type * as Y from 'yjs';
import { ModelError } from '../core/ModelError.js';
import type { OperationContext } from '../core/OperationContext.js';
import { facilitationMap, validatePerson } from './facilitationMap.js';
import {
  FACILITATION_KEYS,
  FACILITATION_LIMITS,
  type FacilitationPerson,
} from './facilitationSchema.js';
import { readFacilitation } from './readFacilitation.js';

/**
 * Makes `person` a facilitator of the canvas board and returns the new list. Adding someone
 * already listed only refreshes their name, so the call can be repeated. Refuses ('invalid') an
 * empty or over-long name and a board that already has FACILITATION_LIMITS.maxFacilitators.
 */
export function addFacilitator(
  doc: Y.Doc,
  person: FacilitationPerson,
  ctx: OperationContext,
): readonly FacilitationPerson[] {
  const map = facilitationMap(doc);
  const valid = validatePerson(person);
  const current = readFacilitation(doc).facilitators;
  const listed = current.some((entry) => entry.id === valid.id);
  if (!listed && current.length >= FACILITATION_LIMITS.maxFacilitators) {
    throw new ModelError(
      'invalid',
      `A board has at most ${FACILITATION_LIMITS.maxFacilitators} facilitators.`,
    );
  }
  const next = listed
    ? current.map((entry) => (entry.id === valid.id ? valid : entry))
    : [...current, valid];
  doc.transact(() => map.set(FACILITATION_KEYS.facilitators, next), ctx.origin);
  return next;
}

/**
 * Removes the facilitator `userId` and returns the new list. Refuses ('not-found') someone who
 * is not a facilitator. The last facilitator may be removed: an admin can add one again.
 */
export function removeFacilitator(
  doc: Y.Doc,
  userId: string,
  ctx: OperationContext,
): readonly FacilitationPerson[] {
  const map = facilitationMap(doc);
  const current = readFacilitation(doc).facilitators;
  if (!current.some((entry) => entry.id === userId)) {
    throw new ModelError('not-found', `${JSON.stringify(userId)} is not a facilitator here.`);
  }
  const next = current.filter((entry) => entry.id !== userId);
  doc.transact(() => map.set(FACILITATION_KEYS.facilitators, next), ctx.origin);
  return next;
}
