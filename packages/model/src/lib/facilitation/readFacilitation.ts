import type * as Y from 'yjs';
import {
  FACILITATION,
  FACILITATION_KEYS,
  type FacilitationPerson,
  type FacilitationView,
  type TimerView,
  type VoteResult,
  type VoteView,
} from './facilitationSchema.js';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function readPerson(value: unknown): FacilitationPerson | null {
  if (!isObject(value)) return null;
  const { id, name } = value;
  return typeof id === 'string' && typeof name === 'string' ? { id, name } : null;
}

function readTimer(value: unknown): TimerView | null {
  if (!isObject(value)) return null;
  const startedBy = readPerson(value['startedBy']);
  const { endsAt, durationMs } = value;
  if (!startedBy || !isCount(endsAt) || !isCount(durationMs)) return null;
  return { endsAt, durationMs, startedBy };
}

function readResults(value: unknown): VoteResult[] | null {
  if (!Array.isArray(value)) return null;
  const results: VoteResult[] = [];
  for (const entry of value as unknown[]) {
    if (!isObject(entry)) continue;
    const { shapeId, dots, rank } = entry;
    if (typeof shapeId === 'string' && isCount(dots) && isCount(rank)) {
      results.push({ shapeId, dots, rank });
    }
  }
  return results;
}

function readVote(value: unknown): VoteView | null {
  if (!isObject(value)) return null;
  const openedBy = readPerson(value['openedBy']);
  const { id, status, budget, openedAt, voters } = value;
  if (
    !openedBy ||
    typeof id !== 'string' ||
    (status !== 'open' && status !== 'revealed') ||
    !isCount(budget) ||
    !isCount(openedAt) ||
    !isCount(voters)
  ) {
    return null;
  }
  const results = status === 'revealed' ? (readResults(value['results']) ?? []) : null;
  return { id, status, budget, openedBy, openedAt, voters, results };
}

/**
 * Reads the facilitation state of a board. Never throws: a missing or malformed value reads as
 * "none" (no timer, no vote, no facilitators), since any value could come from a foreign writer.
 */
export function readFacilitation(doc: Y.Doc): FacilitationView {
  const map = doc.getMap<unknown>(FACILITATION);
  const listed = map.get(FACILITATION_KEYS.facilitators);
  const facilitators = Array.isArray(listed)
    ? (listed as unknown[]).flatMap((entry) => readPerson(entry) ?? [])
    : [];
  return {
    facilitators,
    timer: readTimer(map.get(FACILITATION_KEYS.timer)),
    vote: readVote(map.get(FACILITATION_KEYS.vote)),
  };
}

/** Whether `userId` is one of the board's facilitators. */
export function isFacilitator(view: FacilitationView, userId: string): boolean {
  return view.facilitators.some((person) => person.id === userId);
}
