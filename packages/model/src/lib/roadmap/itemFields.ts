import * as Y from 'yjs';
import { ModelError } from '../core/ModelError.js';
import { ITEM_FIELDS, ITEM_STATUSES, LIMITS, type ItemStatus } from '../core/schema.js';
import { validateText } from '../core/validateText.js';

/** The editable fields of an item, all optional, as operations accept them. */
export interface ItemFieldsInput {
  readonly title?: string;
  readonly description?: string;
  readonly status?: ItemStatus;
  readonly owner?: string;
  readonly tags?: readonly string[];
}

/** Validated, normalised field values, ready to write. */
export interface ValidItemFields {
  title?: string;
  description?: string;
  status?: ItemStatus;
  owner?: string;
  tags?: string[];
}

/** Checks every given field against LIMITS and the status list; throws ModelError('invalid'). */
export function validateItemFields(input: ItemFieldsInput): ValidItemFields {
  const valid: ValidItemFields = {};
  if (input.title !== undefined)
    valid.title = validateText('Title', input.title, LIMITS.titleLength);
  if (input.description !== undefined) {
    valid.description = validateText(
      'Description',
      input.description,
      LIMITS.descriptionLength,
      true,
    );
  }
  if (input.status !== undefined) {
    if (!ITEM_STATUSES.includes(input.status)) {
      throw new ModelError('invalid', `Status must be one of ${ITEM_STATUSES.join(', ')}.`);
    }
    valid.status = input.status;
  }
  if (input.owner !== undefined) {
    valid.owner = validateText('Owner', input.owner, LIMITS.ownerLength, true);
  }
  if (input.tags !== undefined) {
    const tags = [...new Set(input.tags.map((tag) => validateText('Tag', tag, LIMITS.tagLength)))];
    if (tags.length > LIMITS.tagsPerItem) {
      throw new ModelError('invalid', `An item has at most ${LIMITS.tagsPerItem} tags.`);
    }
    valid.tags = tags;
  }
  return valid;
}

/**
 * Writes validated fields into an item map. Tags are applied as a set difference, so a tag that
 * someone else added concurrently survives this write.
 */
export function writeItemFields(item: Y.Map<unknown>, fields: ValidItemFields): void {
  if (fields.title !== undefined) item.set(ITEM_FIELDS.title, fields.title);
  if (fields.description !== undefined) item.set(ITEM_FIELDS.description, fields.description);
  if (fields.status !== undefined) item.set(ITEM_FIELDS.status, fields.status);
  if (fields.owner !== undefined) item.set(ITEM_FIELDS.owner, fields.owner);
  if (fields.tags !== undefined) {
    let tags = item.get(ITEM_FIELDS.tags);
    if (!(tags instanceof Y.Map)) {
      tags = new Y.Map<unknown>();
      item.set(ITEM_FIELDS.tags, tags);
    }
    const set = tags as Y.Map<unknown>;
    const wanted = new Set(fields.tags);
    for (const tag of [...set.keys()]) if (!wanted.has(tag)) set.delete(tag);
    for (const tag of wanted) if (!set.has(tag)) set.set(tag, true);
  }
}
