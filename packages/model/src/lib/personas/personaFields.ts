import * as Y from 'yjs';
import type { ModelEnv } from '../core/ModelEnv.js';
import { createId } from '../core/ModelEnv.js';
import { ModelError } from '../core/ModelError.js';
import { readRichTextPlain, writeRichTextPlain } from '../core/richText.js';
import { validateText } from '../core/validateText.js';
import { listOf, matchTextList, reconcileList, writeListText } from '../core/orderedList.js';
import { validateTextList } from '../core/validateTextList.js';
import { PERSONA_FIELDS, PERSONA_LIMITS } from './personasSchema.js';
import {
  validateNewQuote,
  validateQuotePatch,
  writeQuoteFields,
  type NewQuote,
  type QuotePatch,
  type ValidQuoteFields,
} from './quoteFields.js';

/** A quote in a list written whole: with `id` it updates that one, without it adds one. */
export type QuoteEntry =
  (NewQuote & { readonly id?: undefined }) | (QuotePatch & { readonly id: string });

/** The editable fields of a persona, all optional, as operations accept them. */
export interface PersonaFieldsInput {
  /** The persona's name. */
  readonly title?: string;
  readonly role?: string;
  readonly segment?: string;
  /** Whole lists, in order, applied as a difference: entries others add meanwhile survive. */
  readonly goals?: readonly string[];
  readonly pains?: readonly string[];
  readonly jobs?: readonly string[];
  /** The whole list: listed ids are kept and updated, others deleted, entries without id added. */
  readonly quotes?: readonly QuoteEntry[];
  /** Plain text, one paragraph per line; replaces the rich text. */
  readonly description?: string;
}

type ValidQuoteEntry =
  | { readonly id: string; readonly fields: ValidQuoteFields }
  | { readonly id: null; readonly fields: Required<ValidQuoteFields> };

/** Validated persona fields, ready to write. */
export interface ValidPersonaFields {
  title?: string;
  role?: string;
  segment?: string;
  goals?: string[];
  pains?: string[];
  jobs?: string[];
  quotes?: ValidQuoteEntry[];
  description?: string;
}

/** The three text lists of a persona. */
export const PERSONA_LISTS = ['goals', 'pains', 'jobs'] as const;

const LIST_LABEL = { goals: 'Goals', pains: 'Pains', jobs: 'Jobs to be done' } as const;

function optionalText(field: string, value: unknown, max: number): string {
  if (typeof value !== 'string') throw new ModelError('invalid', `${field} must be text.`);
  return validateText(field, value, max, true);
}

function validateQuotes(entries: readonly QuoteEntry[]): ValidQuoteEntry[] {
  const list: unknown = entries;
  if (!Array.isArray(list)) throw new ModelError('invalid', 'Quotes must be a list.');
  if (entries.length > PERSONA_LIMITS.quotesPerPersona) {
    throw new ModelError(
      'invalid',
      `A persona has at most ${PERSONA_LIMITS.quotesPerPersona} quotes.`,
    );
  }
  const seen = new Set<string>();
  return entries.map((entry) => {
    const raw: unknown = entry;
    if (typeof raw !== 'object' || raw === null) {
      throw new ModelError('invalid', 'A quote must be an object.');
    }
    if (entry.id === undefined) return { id: null, fields: validateNewQuote(entry) };
    if (seen.has(entry.id)) {
      throw new ModelError('invalid', `Quote ${JSON.stringify(entry.id)} is listed twice.`);
    }
    seen.add(entry.id);
    return { id: entry.id, fields: validateQuotePatch(entry) };
  });
}

/** Checks every given field against PERSONA_LIMITS; throws ModelError('invalid'). */
export function validatePersonaFields(input: PersonaFieldsInput): ValidPersonaFields {
  const valid: ValidPersonaFields = {};
  if (input.title !== undefined) {
    if (typeof input.title !== 'string') throw new ModelError('invalid', 'Name must be text.');
    valid.title = validateText('Name', input.title, PERSONA_LIMITS.titleLength);
  }
  if (input.role !== undefined)
    valid.role = optionalText('Role', input.role, PERSONA_LIMITS.roleLength);
  if (input.segment !== undefined) {
    valid.segment = optionalText('Segment', input.segment, PERSONA_LIMITS.segmentLength);
  }
  for (const list of PERSONA_LISTS) {
    const texts = input[list];
    if (texts === undefined) continue;
    valid[list] = validateTextList(
      LIST_LABEL[list],
      texts,
      PERSONA_LIMITS.listEntryLength,
      PERSONA_LIMITS.listEntries,
    );
  }
  if (input.quotes !== undefined) valid.quotes = validateQuotes(input.quotes);
  if (input.description !== undefined) {
    if (typeof input.description !== 'string') {
      throw new ModelError('invalid', 'Description must be text.');
    }
    // Not trimmed inside: line breaks are paragraphs. Only the ends are trimmed.
    valid.description = validateText(
      'Description',
      input.description,
      PERSONA_LIMITS.descriptionLength,
      true,
    );
  }
  return valid;
}

/** Refuses quote ids the persona does not have (before any write). */
export function assertQuotesExist(persona: Y.Map<unknown>, fields: ValidPersonaFields): void {
  const list = listOf(persona, PERSONA_FIELDS.quotes);
  for (const entry of fields.quotes ?? []) {
    if (entry.id !== null && !(list?.get(entry.id) instanceof Y.Map)) {
      throw new ModelError('not-found', `No quote ${JSON.stringify(entry.id)} on this persona.`);
    }
  }
}

/** Writes validated fields into a persona's Y.Map, inside the caller's transaction. */
export function writePersonaFields(
  persona: Y.Map<unknown>,
  fields: ValidPersonaFields,
  env: ModelEnv,
): void {
  if (fields.title !== undefined) persona.set(PERSONA_FIELDS.title, fields.title);
  if (fields.role !== undefined) persona.set(PERSONA_FIELDS.role, fields.role);
  if (fields.segment !== undefined) persona.set(PERSONA_FIELDS.segment, fields.segment);
  for (const list of PERSONA_LISTS) {
    const texts = fields[list];
    if (texts === undefined) continue;
    const key = PERSONA_FIELDS[list];
    reconcileList(
      persona,
      key,
      matchTextList(persona, key, texts),
      writeListText,
      () => createId(env),
      env,
    );
  }
  if (fields.quotes !== undefined) {
    reconcileList(
      persona,
      PERSONA_FIELDS.quotes,
      fields.quotes.map((entry) =>
        entry.id === null
          ? { existingId: null, fields: entry.fields }
          : { existingId: entry.id, fields: entry.fields },
      ),
      writeQuoteFields,
      () => createId(env),
      env,
    );
  }
  if (
    fields.description !== undefined &&
    readRichTextPlain(persona, PERSONA_FIELDS.description) !== fields.description
  ) {
    writeRichTextPlain(persona, PERSONA_FIELDS.description, fields.description);
  }
}
