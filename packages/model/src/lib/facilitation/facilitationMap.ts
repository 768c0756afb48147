import type * as Y from 'yjs';
import { assertWritable, boardMaps } from '../core/boardMaps.js';
import { ModelError } from '../core/ModelError.js';
import { validateText } from '../core/validateText.js';
import { assertCanvasBoard } from '../canvas/assertCanvasBoard.js';
import { FACILITATION, type FacilitationPerson } from './facilitationSchema.js';

/** Longest person name kept in the facilitation state: the same limit as a token's name. */
export const FACILITATION_NAME_LENGTH = 100;

/** Longest person id: token ids are far shorter; this only bounds foreign input. */
const PERSON_ID_LENGTH = 100;

/**
 * The facilitation map of a writable canvas board. Refuses ('not-found') a board of another kind
 * and ('unsupported-schema') one written by a newer Cairn.
 */
export function facilitationMap(doc: Y.Doc): Y.Map<unknown> {
  assertWritable(boardMaps(doc));
  assertCanvasBoard(doc);
  return doc.getMap<unknown>(FACILITATION);
}

/** `person` with a trimmed name; refuses ('invalid') an empty or over-long id or name. */
export function validatePerson(person: FacilitationPerson): FacilitationPerson {
  if (typeof person?.id !== 'string' || typeof person.name !== 'string') {
    throw new ModelError('invalid', 'A person needs a string id and name.');
  }
  const id = validateText('Person id', person.id, PERSON_ID_LENGTH);
  if (id !== person.id)
    throw new ModelError('invalid', 'Person id must not have spaces around it.');
  return { id, name: validateText('Name', person.name, FACILITATION_NAME_LENGTH) };
}
