import * as Y from 'yjs';
import { ModelError } from '../core/ModelError.js';
import { writeRichTextPlain } from '../core/richText.js';
import { ITEM_FIELDS, ITEM_STATUSES, LIMITS, type ItemStatus } from '../core/schema.js';
import { validateText } from '../core/validateText.js';
import { validateRoadmapDate } from './roadmapDate.js';
import {
  ITEM_HEALTHS,
  RICE_IMPACTS,
  ROADMAP_ITEM_FIELDS,
  ROADMAP_LIMITS,
  type ItemHealth,
} from './roadmapSchema.js';

/**
 * The editable fields of an item, all optional, as operations accept them. `null` clears an
 * optional field (dates, release, scores).
 */
export interface ItemFieldsInput {
  readonly title?: string;
  /** Plain text; stored as rich text (one paragraph per line). */
  readonly description?: string;
  readonly status?: ItemStatus;
  readonly owner?: string;
  readonly tags?: readonly string[];
  /** 'YYYY-MM-DD'; with endDate, never after it. */
  readonly startDate?: string | null;
  /** 'YYYY-MM-DD'; never before startDate. */
  readonly endDate?: string | null;
  readonly health?: ItemHealth;
  /** Id of a release on this board. */
  readonly releaseId?: string | null;
  /** Ids of the items this one depends on; replaces the set. */
  readonly dependencies?: readonly string[];
  /** Whole number of at least 0. */
  readonly reach?: number | null;
  /** One of RICE_IMPACTS. */
  readonly impact?: number | null;
  /** Percent, 0–100. */
  readonly confidence?: number | null;
  /** Person-months, more than 0. */
  readonly effort?: number | null;
  /** Whole number 1–10. */
  readonly value?: number | null;
}

/** Validated, normalised field values, ready to write. */
export interface ValidItemFields {
  title?: string;
  description?: string;
  status?: ItemStatus;
  owner?: string;
  tags?: string[];
  startDate?: string | null;
  endDate?: string | null;
  health?: ItemHealth;
  releaseId?: string | null;
  dependencies?: string[];
  reach?: number | null;
  impact?: number | null;
  confidence?: number | null;
  effort?: number | null;
  value?: number | null;
}

type ScoreField = 'reach' | 'impact' | 'confidence' | 'effort' | 'value';

/** What each score accepts, and how the refusal reads. */
const SCORE_RULES: Readonly<Record<ScoreField, { ok: (n: number) => boolean; rule: string }>> = {
  reach: {
    ok: (n) => Number.isInteger(n) && n >= 0 && n <= ROADMAP_LIMITS.maxReach,
    rule: `a whole number from 0 to ${ROADMAP_LIMITS.maxReach}`,
  },
  impact: {
    ok: (n) => (RICE_IMPACTS as readonly number[]).includes(n),
    rule: `one of ${RICE_IMPACTS.join(', ')}`,
  },
  confidence: {
    ok: (n) => n >= 0 && n <= ROADMAP_LIMITS.maxConfidence,
    rule: `a percentage from 0 to ${ROADMAP_LIMITS.maxConfidence}`,
  },
  effort: {
    ok: (n) => n > 0 && n <= ROADMAP_LIMITS.maxEffort,
    rule: `more than 0 and at most ${ROADMAP_LIMITS.maxEffort} person-months`,
  },
  value: {
    ok: (n) => Number.isInteger(n) && n >= ROADMAP_LIMITS.minValue && n <= ROADMAP_LIMITS.maxValue,
    rule: `a whole number from ${ROADMAP_LIMITS.minValue} to ${ROADMAP_LIMITS.maxValue}`,
  },
};

const SCORE_FIELDS = Object.keys(SCORE_RULES) as ScoreField[];

function validateScore(field: ScoreField, value: number | null): number | null {
  if (value === null) return null;
  const { ok, rule } = SCORE_RULES[field];
  if (typeof value !== 'number' || !Number.isFinite(value) || !ok(value)) {
    throw new ModelError('invalid', `${field[0]?.toUpperCase()}${field.slice(1)} must be ${rule}.`);
  }
  return value;
}

function validateDependencyIds(ids: readonly string[]): string[] {
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) {
    throw new ModelError('invalid', 'Dependencies must be a list of item ids.');
  }
  const unique: string[] = [...new Set<string>(ids)];
  if (unique.length > ROADMAP_LIMITS.dependenciesPerItem) {
    throw new ModelError(
      'invalid',
      `An item has at most ${ROADMAP_LIMITS.dependenciesPerItem} dependencies.`,
    );
  }
  return unique;
}

/**
 * Checks every given field on its own (lengths, the status and health lists, date format, score
 * ranges); throws ModelError('invalid'). What depends on the board (date order, releases,
 * dependencies) is checked by `validateItemRelations`.
 */
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
  if (input.startDate !== undefined) {
    valid.startDate = validateRoadmapDate('Start date', input.startDate);
  }
  if (input.endDate !== undefined) valid.endDate = validateRoadmapDate('End date', input.endDate);
  if (input.health !== undefined) {
    if (!ITEM_HEALTHS.includes(input.health)) {
      throw new ModelError('invalid', `Health must be one of ${ITEM_HEALTHS.join(', ')}.`);
    }
    valid.health = input.health;
  }
  if (input.releaseId !== undefined) {
    if (input.releaseId !== null && typeof input.releaseId !== 'string') {
      throw new ModelError('invalid', 'Release must be a release id or null.');
    }
    valid.releaseId = input.releaseId;
  }
  if (input.dependencies !== undefined) {
    valid.dependencies = validateDependencyIds(input.dependencies);
  }
  for (const field of SCORE_FIELDS) {
    const value = input[field];
    if (value !== undefined) valid[field] = validateScore(field, value);
  }
  return valid;
}

/** Sets `key` to `value`, or deletes it for null: an absent key is how "not set" is stored. */
function setOrDelete(item: Y.Map<unknown>, key: string, value: string | number | null): void {
  if (value === null) item.delete(key);
  else item.set(key, value);
}

/**
 * Makes the Y.Map set under `key` hold exactly `wanted`, as a set difference, so that an entry
 * someone else added concurrently survives this write.
 */
function writeKeySet(item: Y.Map<unknown>, key: string, wanted: readonly string[]): void {
  let existing = item.get(key);
  if (!(existing instanceof Y.Map)) {
    existing = new Y.Map<unknown>();
    item.set(key, existing);
  }
  const set = existing as Y.Map<unknown>;
  const keep = new Set(wanted);
  for (const entry of [...set.keys()]) if (!keep.has(entry)) set.delete(entry);
  for (const entry of keep) if (!set.has(entry)) set.set(entry, true);
}

/**
 * Writes validated fields into an item map (inside the caller's transaction). Tags and
 * dependencies are applied as set differences; the description replaces the rich text's content.
 */
export function writeItemFields(item: Y.Map<unknown>, fields: ValidItemFields): void {
  if (fields.title !== undefined) item.set(ITEM_FIELDS.title, fields.title);
  if (fields.description !== undefined) {
    writeRichTextPlain(item, ITEM_FIELDS.description, fields.description);
  }
  if (fields.status !== undefined) item.set(ITEM_FIELDS.status, fields.status);
  if (fields.owner !== undefined) item.set(ITEM_FIELDS.owner, fields.owner);
  if (fields.tags !== undefined) writeKeySet(item, ITEM_FIELDS.tags, fields.tags);
  if (fields.startDate !== undefined) {
    setOrDelete(item, ROADMAP_ITEM_FIELDS.startDate, fields.startDate);
  }
  if (fields.endDate !== undefined) setOrDelete(item, ROADMAP_ITEM_FIELDS.endDate, fields.endDate);
  if (fields.health !== undefined) item.set(ROADMAP_ITEM_FIELDS.health, fields.health);
  if (fields.releaseId !== undefined) {
    setOrDelete(item, ROADMAP_ITEM_FIELDS.releaseId, fields.releaseId);
  }
  if (fields.dependencies !== undefined) {
    writeKeySet(item, ROADMAP_ITEM_FIELDS.dependencies, fields.dependencies);
  }
  for (const field of SCORE_FIELDS) {
    const value = fields[field];
    if (value !== undefined) setOrDelete(item, ROADMAP_ITEM_FIELDS[field], value);
  }
}
