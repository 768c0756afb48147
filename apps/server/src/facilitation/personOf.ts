import { FACILITATION_NAME_LENGTH, type FacilitationPerson } from '@cairn/model';
import type { Identity } from '../auth/Identity.js';

/**
 * The caller as the facilitation state names them. Token names are free text, so the name is
 * trimmed and cut to the model's limit rather than refused: a long name must not stop its holder
 * from creating a canvas or starting a timer.
 */
export function personOf(identity: Identity): FacilitationPerson {
  const name = [...identity.name.trim()].slice(0, FACILITATION_NAME_LENGTH).join('');
  return { id: identity.id, name: name || identity.id };
}
