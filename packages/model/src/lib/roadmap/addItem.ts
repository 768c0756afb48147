import * as Y from 'yjs';
import { assertWritable, boardMaps } from '../core/boardMaps.js';
import { applyRekeys, computePlacement, type PlacementTarget } from './computePlacement.js';
import { validateItemFields, writeItemFields, type ItemFieldsInput } from './itemFields.js';
import { createId } from '../core/ModelEnv.js';
import { ModelError } from '../core/ModelError.js';
import type { OperationContext } from '../core/OperationContext.js';
import { createRichText } from '../core/richText.js';
import { releasesMap } from './releasesMap.js';
import { resolveLayout } from './resolveLayout.js';
import { ITEM_FIELDS } from '../core/schema.js';
import { ROADMAP_ITEM_FIELDS } from './roadmapSchema.js';
import { validateItemRelations } from './validateItemRelations.js';

/** A new item: a title is required; without lane or horizon it goes to the first lane, Now. */
export interface NewItem extends ItemFieldsInput, PlacementTarget {
  readonly title: string;
}

/**
 * Adds an item and returns its id. Refuses invalid fields, unknown lanes, horizons, releases and
 * dependencies. The description is created as rich text, so editors can type into it live.
 */
export function addItem(doc: Y.Doc, input: NewItem, ctx: OperationContext): string {
  const maps = boardMaps(doc);
  assertWritable(maps);
  if (typeof input.title !== 'string') throw new ModelError('invalid', 'Title is required.');
  const fields = validateItemFields(input);
  const id = createId(ctx.env);
  validateItemRelations(maps, releasesMap(doc), id, undefined, fields);
  const plan = computePlacement(maps, resolveLayout(maps), id, undefined, input, ctx.env);
  doc.transact(() => {
    const item = new Y.Map<unknown>();
    maps.items.set(id, item);
    // Rich text from the start, so the web editor can bind to it; writeItemFields fills it.
    item.set(ITEM_FIELDS.description, createRichText());
    item.set(ROADMAP_ITEM_FIELDS.health, 'on-track');
    // The sets exist from the start: two replicas creating one at once would each set their
    // own Y.Map, and one person's tags or dependencies would be lost.
    writeItemFields(item, { status: 'planned', owner: '', tags: [], dependencies: [], ...fields });
    item.set(ITEM_FIELDS.placement, plan.placement);
    const now = ctx.env.now();
    item.set(ITEM_FIELDS.createdAt, now);
    item.set(ITEM_FIELDS.updatedAt, now);
    applyRekeys(maps, plan);
  }, ctx.origin);
  return id;
}
