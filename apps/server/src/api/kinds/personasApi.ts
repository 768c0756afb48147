import {
  addPersona,
  deletePersona,
  movePersona,
  PERSONA_LIMITS,
  readPersonas,
  updatePersona,
} from '@cairn/model';
import { ModelError } from '@cairn/model';
import { z } from 'zod';
import { validate } from '../parseBody.js';
import type { BoardKindApi } from './BoardKindApi.js';
import { textField } from './textField.js';

/**
 * Personas boards over REST. The schemas check shapes and types; the model checks text
 * (trimmed, non-empty, limits) and that quote dates are real 'YYYY-MM-DD' dates.
 */

const textList = z.array(textField).max(PERSONA_LIMITS.listEntries);

const newQuote = z.strictObject({
  text: textField,
  source: textField.optional(),
  date: textField.optional(),
});

/** A quote in a PATCH: with `id` it changes that one, without it adds one. */
const quoteEntry = z.union([
  z.strictObject({
    id: z.string(),
    text: textField.optional(),
    source: textField.optional(),
    date: textField.optional(),
  }),
  newQuote,
]);

const personaFields = {
  role: textField.optional(),
  segment: textField.optional(),
  goals: textList.optional(),
  pains: textList.optional(),
  jobs: textList.optional(),
  description: textField.optional(),
  index: z.int().min(0).max(1_000_000).optional(),
};

const createItemBody = z.strictObject({
  title: textField,
  ...personaFields,
  quotes: z.array(newQuote).max(PERSONA_LIMITS.quotesPerPersona).optional(),
});

const patchItemBody = z
  .strictObject({
    title: textField.optional(),
    ...personaFields,
    quotes: z.array(quoteEntry).max(PERSONA_LIMITS.quotesPerPersona).optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'Give at least one field to change.');

/** Persona cards: every field in one body; `index` moves the card. */
export const personasApi: BoardKindApi = {
  createBoardBody: z.strictObject({ kind: z.literal('personas'), title: textField }),
  addItem: (doc, body, ctx) => addPersona(doc, validate(createItemBody, body), ctx),
  updateItem: (doc, itemId, body, ctx) => {
    const { index, ...fields } = validate(patchItemBody, body);
    if (!readPersonas(doc).items.some((item) => item.id === itemId)) {
      throw new ModelError('not-found', `No item ${JSON.stringify(itemId)} on this board.`);
    }
    if (Object.keys(fields).length > 0) updatePersona(doc, itemId, fields, ctx);
    if (index !== undefined) movePersona(doc, itemId, index, ctx);
  },
  deleteItem: (doc, itemId, ctx) => deletePersona(doc, itemId, ctx),
};
