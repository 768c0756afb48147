import type * as Y from 'yjs';
import { assertWritable, boardMaps } from '../core/boardMaps.js';
import type { OperationContext } from '../core/OperationContext.js';
import { listOf, planAppend, requireListEntry } from '../core/orderedList.js';
import { requirePersona } from './personaOperations.js';
import { PERSONA_FIELDS, PERSONA_LIMITS } from './personasSchema.js';
import {
  validateNewQuote,
  validateQuotePatch,
  writeQuoteFields,
  type NewQuote,
  type QuotePatch,
} from './quoteFields.js';

function requireQuote(persona: Y.Map<unknown>, quoteId: string): Y.Map<unknown> {
  return requireListEntry(persona, PERSONA_FIELDS.quotes, quoteId, 'quote', 'on this persona');
}

/** Adds an interview quote at the end of a persona's quotes and returns its id. */
export function addQuote(
  doc: Y.Doc,
  personaId: string,
  input: NewQuote,
  ctx: OperationContext,
): string {
  const maps = boardMaps(doc);
  assertWritable(maps);
  const persona = requirePersona(maps, personaId);
  const fields = validateNewQuote(input);
  const planned = planAppend(
    persona,
    PERSONA_FIELDS.quotes,
    PERSONA_LIMITS.quotesPerPersona,
    `A persona has at most ${PERSONA_LIMITS.quotesPerPersona} quotes.`,
    ctx.env,
  );
  doc.transact(() => {
    const quote = planned.append();
    writeQuoteFields(quote, fields);
    persona.set(PERSONA_FIELDS.updatedAt, ctx.env.now());
  }, ctx.origin);
  return planned.id;
}

/** Changes the given fields of a quote; each field is its own key, so concurrent edits merge. */
export function updateQuote(
  doc: Y.Doc,
  personaId: string,
  quoteId: string,
  patch: QuotePatch,
  ctx: OperationContext,
): void {
  const maps = boardMaps(doc);
  assertWritable(maps);
  const persona = requirePersona(maps, personaId);
  const quote = requireQuote(persona, quoteId);
  const fields = validateQuotePatch(patch);
  doc.transact(() => {
    writeQuoteFields(quote, fields);
    persona.set(PERSONA_FIELDS.updatedAt, ctx.env.now());
  }, ctx.origin);
}

/** Removes a quote; a concurrent edit of it is dropped (delete wins). */
export function deleteQuote(
  doc: Y.Doc,
  personaId: string,
  quoteId: string,
  ctx: OperationContext,
): void {
  const maps = boardMaps(doc);
  assertWritable(maps);
  const persona = requirePersona(maps, personaId);
  requireQuote(persona, quoteId);
  doc.transact(() => {
    listOf(persona, PERSONA_FIELDS.quotes)?.delete(quoteId);
    persona.set(PERSONA_FIELDS.updatedAt, ctx.env.now());
  }, ctx.origin);
}
