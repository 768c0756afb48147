import * as Y from 'yjs';
import {
  assertWritable,
  boardMaps,
  childMap,
  forEachChildMap,
  readString,
  type BoardMaps,
} from '../core/boardMaps.js';
import type { ModelEnv } from '../core/ModelEnv.js';
import { createId } from '../core/ModelEnv.js';
import { ModelError } from '../core/ModelError.js';
import type { OperationContext } from '../core/OperationContext.js';
import { compareOrdered, slotAt, type OrderedEntry, type Slot } from '../core/orderKeys.js';
import { createRichText } from '../core/richText.js';
import { validateIndex } from '../core/validateIndex.js';
import {
  assertQuotesExist,
  PERSONA_LISTS,
  validatePersonaFields,
  writePersonaFields,
  type PersonaFieldsInput,
} from './personaFields.js';
import { PERSONA_FIELDS } from './personasSchema.js';

/** A new persona: the name (`title`) is required; `index` places it among the personas. */
export interface NewPersona extends PersonaFieldsInput {
  readonly title: string;
  /** Position among the personas, 0 first; the end when absent. */
  readonly index?: number;
}

/** The persona `personaId`, or ModelError('not-found'). */
export function requirePersona(maps: BoardMaps, personaId: string): Y.Map<unknown> {
  const persona = childMap(maps.items, personaId);
  if (!persona) {
    throw new ModelError('not-found', `No persona ${JSON.stringify(personaId)} on this board.`);
  }
  return persona;
}

function personaSlot(
  maps: BoardMaps,
  index: number | undefined,
  env: ModelEnv,
  exceptId?: string,
): Slot {
  validateIndex(index);
  const siblings: OrderedEntry[] = [];
  forEachChildMap(maps.items, (persona, id) => {
    if (id !== exceptId) siblings.push({ id, order: readString(persona, PERSONA_FIELDS.order) });
  });
  siblings.sort(compareOrdered);
  return slotAt(siblings, index ?? siblings.length, env);
}

function applyRekeys(maps: BoardMaps, slot: Slot): void {
  for (const [id, order] of slot.rekeyed)
    childMap(maps.items, id)?.set(PERSONA_FIELDS.order, order);
}

/** Adds a persona and returns its id. Its lists and rich-text description start empty. */
export function addPersona(doc: Y.Doc, input: NewPersona, ctx: OperationContext): string {
  const maps = boardMaps(doc);
  assertWritable(maps);
  if (typeof input.title !== 'string') throw new ModelError('invalid', 'Name is required.');
  const fields = validatePersonaFields(input);
  if (fields.quotes?.some((entry) => entry.id !== null)) {
    throw new ModelError('invalid', 'A new persona cannot name existing quotes.');
  }
  const slot = personaSlot(maps, input.index, ctx.env);
  const id = createId(ctx.env);
  doc.transact(() => {
    const persona = new Y.Map<unknown>();
    maps.items.set(id, persona);
    persona.set(PERSONA_FIELDS.order, slot.order);
    // Lists and the rich text are created with the persona: two people adding a first pain (or
    // typing the first word) at once must write into one shared type, not each create one.
    for (const list of [...PERSONA_LISTS, 'quotes'] as const) {
      persona.set(PERSONA_FIELDS[list], new Y.Map<unknown>());
    }
    persona.set(PERSONA_FIELDS.description, createRichText(fields.description ?? ''));
    writePersonaFields(
      persona,
      { role: '', segment: '', ...fields, description: undefined },
      ctx.env,
    );
    const now = ctx.env.now();
    persona.set(PERSONA_FIELDS.createdAt, now);
    persona.set(PERSONA_FIELDS.updatedAt, now);
    applyRekeys(maps, slot);
  }, ctx.origin);
  return id;
}

/** Changes the given fields of a persona; fields left out keep their value. */
export function updatePersona(
  doc: Y.Doc,
  personaId: string,
  patch: PersonaFieldsInput,
  ctx: OperationContext,
): void {
  const maps = boardMaps(doc);
  assertWritable(maps);
  const persona = requirePersona(maps, personaId);
  const fields = validatePersonaFields(patch);
  assertQuotesExist(persona, fields);
  doc.transact(() => {
    writePersonaFields(persona, fields, ctx.env);
    persona.set(PERSONA_FIELDS.updatedAt, ctx.env.now());
  }, ctx.origin);
}

/** Moves a persona to `index` among the personas (0 first, clamped to the end). */
export function movePersona(
  doc: Y.Doc,
  personaId: string,
  index: number,
  ctx: OperationContext,
): void {
  const maps = boardMaps(doc);
  assertWritable(maps);
  const persona = requirePersona(maps, personaId);
  const slot = personaSlot(maps, index, ctx.env, personaId);
  doc.transact(() => {
    persona.set(PERSONA_FIELDS.order, slot.order);
    persona.set(PERSONA_FIELDS.updatedAt, ctx.env.now());
    applyRekeys(maps, slot);
  }, ctx.origin);
}

/**
 * Removes a persona; a concurrent edit of it is dropped (delete wins). Roadmap items that link to
 * it keep their link, which then shows as gone.
 */
export function deletePersona(doc: Y.Doc, personaId: string, ctx: OperationContext): void {
  const maps = boardMaps(doc);
  assertWritable(maps);
  requirePersona(maps, personaId);
  doc.transact(() => maps.items.delete(personaId), ctx.origin);
}
