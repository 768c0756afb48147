import type { ItemFieldsInput, ItemHealth, ItemStatus, ItemView } from '@cairn/model';
import { parseCommaList } from '../../text/parseCommaList';
import { mergeTagEdit } from './mergeTagEdit';

/** The editor's fields as typed: tags as one comma-separated string, numbers and dates as text. */
export interface Draft {
  readonly title: string;
  readonly status: ItemStatus;
  readonly owner: string;
  readonly tags: string;
  /** 'YYYY-MM-DD', or '' for none. */
  readonly startDate: string;
  readonly endDate: string;
  readonly health: ItemHealth;
  /** A release id, or '' for none. */
  readonly releaseId: string;
  readonly dependencies: readonly string[];
  readonly reach: string;
  readonly impact: string;
  readonly confidence: string;
  readonly effort: string;
  readonly value: string;
}

/** Sets one field of the draft. */
export type EditDraft = <Field extends keyof Draft>(field: Field, value: Draft[Field]) => void;

type Patch = { -readonly [K in keyof ItemFieldsInput]: ItemFieldsInput[K] };

const SCORES = ['reach', 'impact', 'confidence', 'effort', 'value'] as const;

function text(value: number | null): string {
  return value === null ? '' : String(value);
}

/** What the form shows: this person's edits over the live item. */
export function draftOf(item: ItemView, edits: Partial<Draft>): Draft {
  return {
    title: edits.title ?? item.title,
    status: edits.status ?? item.status,
    owner: edits.owner ?? item.owner,
    tags: edits.tags ?? item.tags.join(', '),
    startDate: edits.startDate ?? item.startDate ?? '',
    endDate: edits.endDate ?? item.endDate ?? '',
    health: edits.health ?? item.health,
    releaseId: edits.releaseId ?? item.releaseId ?? '',
    dependencies: edits.dependencies ?? item.dependencies,
    reach: edits.reach ?? text(item.reach),
    impact: edits.impact ?? text(item.impact),
    confidence: edits.confidence ?? text(item.confidence),
    effort: edits.effort ?? text(item.effort),
    value: edits.value ?? text(item.value),
  };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((entry) => b.includes(entry));
}

/**
 * Only the fields this person changed, as one updateItem patch, so a concurrent edit of another
 * field survives. A number typed as text that is not a number is passed on as NaN, for the model
 * to refuse with its own message.
 */
export function patchOf(
  item: ItemView,
  edits: Partial<Draft>,
  tagsAtStart: readonly string[] | null,
): Patch {
  const patch: Patch = {};
  if (edits.title !== undefined && edits.title.trim() !== item.title) patch.title = edits.title;
  if (edits.status !== undefined && edits.status !== item.status) patch.status = edits.status;
  if (edits.owner !== undefined && edits.owner.trim() !== item.owner) patch.owner = edits.owner;
  if (edits.tags !== undefined) {
    const tags = mergeTagEdit(tagsAtStart ?? item.tags, parseCommaList(edits.tags), item.tags);
    if (!sameSet(tags, item.tags)) patch.tags = tags;
  }
  for (const field of ['startDate', 'endDate'] as const) {
    const edited = edits[field];
    if (edited !== undefined && edited !== (item[field] ?? '')) {
      patch[field] = edited === '' ? null : edited;
    }
  }
  if (edits.health !== undefined && edits.health !== item.health) patch.health = edits.health;
  if (edits.releaseId !== undefined && edits.releaseId !== (item.releaseId ?? '')) {
    patch.releaseId = edits.releaseId === '' ? null : edits.releaseId;
  }
  if (edits.dependencies !== undefined && !sameSet(edits.dependencies, item.dependencies)) {
    patch.dependencies = edits.dependencies;
  }
  for (const field of SCORES) {
    const edited = edits[field];
    if (edited !== undefined && edited.trim() !== text(item[field])) {
      patch[field] = edited.trim() === '' ? null : Number(edited);
    }
  }
  return patch;
}
