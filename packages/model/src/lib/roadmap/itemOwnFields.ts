import type * as Y from 'yjs';
import { readNumber, readString } from '../core/boardMaps.js';
import { readRichTextPlain } from '../core/richText.js';
import { ITEM_FIELDS, ITEM_STATUSES, type ItemStatus } from '../core/schema.js';
import { readItemPlanFields, type ItemPlanFields } from './readItemFields.js';
import { ROADMAP_ITEM_FIELDS } from './roadmapSchema.js';
import { readKeySet } from './roadmapValues.js';

/** What a roadmap item's own Y.Map says, before anything about the rest of the board is known. */
export interface ItemOwnFields {
  readonly title: string;
  readonly description: string;
  readonly status: ItemStatus;
  readonly owner: string;
  readonly tags: readonly string[];
  readonly plan: ItemPlanFields;
  /** The release id as stored ('' when none), whether or not that release exists. */
  readonly releaseId: string;
  /** Dependency ids as stored, sorted, whether or not those items exist. */
  readonly dependencies: readonly string[];
  readonly createdAt: number;
  readonly updatedAt: number;
}

function readStatus(item: Y.Map<unknown>): ItemStatus {
  const value = item.get(ITEM_FIELDS.status);
  return ITEM_STATUSES.find((status) => status === value) ?? 'idea';
}

/** Reads an item's own fields from its Y.Map. */
export function readItemOwnFields(item: Y.Map<unknown>): ItemOwnFields {
  return {
    title: readString(item, ITEM_FIELDS.title),
    description: readRichTextPlain(item, ITEM_FIELDS.description),
    status: readStatus(item),
    owner: readString(item, ITEM_FIELDS.owner),
    tags: readKeySet(item, ITEM_FIELDS.tags),
    plan: readItemPlanFields(item),
    releaseId: readString(item, ROADMAP_ITEM_FIELDS.releaseId),
    dependencies: readKeySet(item, ROADMAP_ITEM_FIELDS.dependencies),
    createdAt: readNumber(item, ITEM_FIELDS.createdAt),
    updatedAt: readNumber(item, ITEM_FIELDS.updatedAt),
  };
}

/** Where a roadmap reader gets each item's own fields: read afresh, or remembered. */
export type ItemFieldsSource = (item: Y.Map<unknown>, id: string) => ItemOwnFields;

/**
 * Remembers each item's own fields until the document changes that item: a deep observer on the
 * board's items map forgets the items a transaction touched (their own map, or anything inside
 * it: description, tags, dependencies), and added, replaced and deleted items. Reading a 2,000-item
 * roadmap after one remote move then reads one item instead of all of them (most of a full
 * read's time). Inside a transaction, before its observers have run, it reads afresh and keeps
 * nothing.
 */
export function createItemFieldsCache(items: Y.Map<unknown>): ItemFieldsSource {
  const remembered = new Map<
    string,
    { readonly map: Y.Map<unknown>; readonly fields: ItemOwnFields }
  >();
  const onChanges = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>): void => {
    for (const event of events) {
      // On the items map itself: items added, replaced or deleted. Deeper: inside one item.
      const touched =
        event.target === items ? (event as Y.YMapEvent<unknown>).keysChanged : [event.path[0]];
      for (const id of touched) if (typeof id === 'string') remembered.delete(id);
    }
  };
  // Watches for as long as the document lives; both go together.
  items.observeDeep(onChanges);
  return (item, id) => {
    if (item.doc?._transaction) return readItemOwnFields(item);
    const entry = remembered.get(id);
    if (entry !== undefined && entry.map === item) return entry.fields;
    const fields = readItemOwnFields(item);
    remembered.set(id, { map: item, fields });
    return fields;
  };
}
