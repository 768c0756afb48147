import * as Y from 'yjs';
import { assertWritable, boardMaps } from '../core/boardMaps.js';
import { createId } from '../core/ModelEnv.js';
import { ModelError } from '../core/ModelError.js';
import type { OperationContext } from '../core/OperationContext.js';
import { validateText } from '../core/validateText.js';
import { matchTextList, reconcileList, writeListText } from '../core/orderedList.js';
import { applyStrategyRekeys, requireStrategyItem, strategySlot } from './strategyItems.js';
import { STRATEGY_ITEM_FIELDS, STRATEGY_LIMITS } from './strategySchema.js';
import { validateTextList } from '../core/validateTextList.js';

/** The editable fields of a competitor, all optional. */
export interface CompetitorFieldsInput {
  /** The competitor's name. */
  readonly title?: string;
  /** The whole list, in order; entries others add concurrently survive. */
  readonly strengths?: readonly string[];
  readonly weaknesses?: readonly string[];
  /** How we differ from them; may be empty. */
  readonly differentiation?: string;
}

/** A new competitor: the name (`title`) is required; `index` places it among the competitors. */
export interface NewCompetitor extends CompetitorFieldsInput {
  readonly title: string;
  readonly index?: number;
}

interface ValidCompetitorFields {
  title?: string;
  strengths?: string[];
  weaknesses?: string[];
  differentiation?: string;
}

function validateCompetitorFields(input: CompetitorFieldsInput): ValidCompetitorFields {
  const valid: ValidCompetitorFields = {};
  const { listEntryLength, listEntries } = STRATEGY_LIMITS;
  if (input.title !== undefined) {
    if (typeof input.title !== 'string') throw new ModelError('invalid', 'Name must be text.');
    valid.title = validateText('Name', input.title, STRATEGY_LIMITS.titleLength);
  }
  if (input.strengths !== undefined) {
    valid.strengths = validateTextList('Strengths', input.strengths, listEntryLength, listEntries);
  }
  if (input.weaknesses !== undefined) {
    valid.weaknesses = validateTextList(
      'Weaknesses',
      input.weaknesses,
      listEntryLength,
      listEntries,
    );
  }
  if (input.differentiation !== undefined) {
    if (typeof input.differentiation !== 'string') {
      throw new ModelError('invalid', 'Differentiation must be text.');
    }
    valid.differentiation = validateText(
      'Differentiation',
      input.differentiation,
      STRATEGY_LIMITS.differentiationLength,
      true,
    );
  }
  return valid;
}

function writeCompetitorFields(
  competitor: Y.Map<unknown>,
  fields: ValidCompetitorFields,
  ctx: OperationContext,
): void {
  if (fields.title !== undefined) competitor.set(STRATEGY_ITEM_FIELDS.title, fields.title);
  if (fields.differentiation !== undefined) {
    competitor.set(STRATEGY_ITEM_FIELDS.differentiation, fields.differentiation);
  }
  for (const field of ['strengths', 'weaknesses'] as const) {
    const texts = fields[field];
    if (texts === undefined) continue;
    const key = STRATEGY_ITEM_FIELDS[field];
    reconcileList(
      competitor,
      key,
      matchTextList(competitor, key, texts),
      writeListText,
      () => createId(ctx.env),
      ctx.env,
    );
  }
}

/** Adds a competitor and returns its id. */
export function addCompetitor(doc: Y.Doc, input: NewCompetitor, ctx: OperationContext): string {
  const maps = boardMaps(doc);
  assertWritable(maps);
  if (typeof input.title !== 'string') throw new ModelError('invalid', 'Name is required.');
  const fields = validateCompetitorFields(input);
  const slot = strategySlot(maps, 'competitor', input.index, ctx.env);
  const id = createId(ctx.env);
  doc.transact(() => {
    const competitor = new Y.Map<unknown>();
    maps.items.set(id, competitor);
    competitor.set(STRATEGY_ITEM_FIELDS.type, 'competitor');
    competitor.set(STRATEGY_ITEM_FIELDS.order, slot.order);
    // Lists are created with the entry, so concurrent first additions land in one shared map.
    competitor.set(STRATEGY_ITEM_FIELDS.strengths, new Y.Map<unknown>());
    competitor.set(STRATEGY_ITEM_FIELDS.weaknesses, new Y.Map<unknown>());
    writeCompetitorFields(competitor, { differentiation: '', ...fields }, ctx);
    const now = ctx.env.now();
    competitor.set(STRATEGY_ITEM_FIELDS.createdAt, now);
    competitor.set(STRATEGY_ITEM_FIELDS.updatedAt, now);
    applyStrategyRekeys(maps, slot);
  }, ctx.origin);
  return id;
}

/**
 * Changes the given fields of a competitor. A list is written whole but applied as a difference:
 * unchanged entries stay as they are, and entries someone else added meanwhile survive.
 */
export function updateCompetitor(
  doc: Y.Doc,
  competitorId: string,
  patch: CompetitorFieldsInput,
  ctx: OperationContext,
): void {
  const maps = boardMaps(doc);
  assertWritable(maps);
  const competitor = requireStrategyItem(maps, competitorId, 'competitor');
  const fields = validateCompetitorFields(patch);
  doc.transact(() => {
    writeCompetitorFields(competitor, fields, ctx);
    competitor.set(STRATEGY_ITEM_FIELDS.updatedAt, ctx.env.now());
  }, ctx.origin);
}

/** Removes a competitor; a concurrent edit of it is dropped (delete wins). */
export function deleteCompetitor(doc: Y.Doc, competitorId: string, ctx: OperationContext): void {
  const maps = boardMaps(doc);
  assertWritable(maps);
  requireStrategyItem(maps, competitorId, 'competitor');
  doc.transact(() => maps.items.delete(competitorId), ctx.origin);
}
