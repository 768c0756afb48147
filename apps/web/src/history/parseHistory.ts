import { CHANGE_TYPES, type BoardChange } from '@cairn/model';
import { fail, list, number, record, string } from '../api/jsonShape';
import type {
  ComparedState,
  CopiedBoard,
  RollbackResult,
  SchedulePeriod,
  VersionDiff,
  VersionList,
  VersionSchedule,
  VersionSummary,
} from './historyTypes';

function person(value: unknown, what: string): { id: string; name: string } {
  const fields = record(value, what);
  return { id: string(fields['id'], what), name: string(fields['name'], what) };
}

export function parseVersion(value: unknown): VersionSummary {
  const fields = record(value, 'version');
  return {
    id: string(fields['id'], 'version id'),
    name: string(fields['name'], 'version name'),
    author: person(fields['author'], 'version author'),
    scheduled: fields['scheduled'] === true,
    createdAt: number(fields['createdAt'], 'version time'),
  };
}

function period(value: unknown): SchedulePeriod {
  return value === 'day' || value === 'week' ? value : fail('schedule period');
}

export function parseSchedule(value: unknown): VersionSchedule | null {
  if (value === null || value === undefined) return null;
  const fields = record(value, 'schedule');
  return {
    every: period(fields['every']),
    setBy: person(fields['setBy'], 'schedule author'),
    nextAt: number(fields['nextAt'], 'schedule time'),
  };
}

export function parseVersionList(value: unknown): VersionList {
  const fields = record(value, 'version list');
  return {
    versions: list(fields['versions'], 'version list').map(parseVersion),
    schedule: parseSchedule(fields['schedule']),
  };
}

/**
 * A change as the server computed it (diffBoards): the type and the entry are checked, the rest
 * is taken as the model's BoardChange, whose fields every consumer reads as text.
 */
function parseChange(value: unknown): BoardChange {
  const fields = record(value, 'change');
  if (!CHANGE_TYPES.some((type) => type === fields['type'])) fail('change type');
  const entry = record(fields['entry'], 'changed entry');
  string(entry['id'], 'changed entry');
  string(entry['title'], 'changed entry');
  string(entry['noun'], 'changed entry');
  return fields as unknown as BoardChange;
}

export function parseChanges(value: unknown): BoardChange[] {
  return list(value, 'changes').map(parseChange);
}

function parseCompared(value: unknown): ComparedState {
  const fields = record(value, 'compared state');
  return {
    id: string(fields['id'], 'compared state'),
    name: string(fields['name'], 'compared state'),
    createdAt: number(fields['createdAt'], 'compared state'),
  };
}

export function parseDiff(value: unknown): VersionDiff {
  const fields = record(value, 'comparison');
  return {
    from: parseCompared(fields['from']),
    to: parseCompared(fields['to']),
    changes: parseChanges(fields['changes']),
    changelog: string(fields['changelog'], 'changelog'),
  };
}

export function parseRollback(value: unknown): RollbackResult {
  const fields = record(value, 'rollback');
  return { before: parseVersion(fields['before']), changes: parseChanges(fields['changes']) };
}

export function parseCopiedBoard(value: unknown): CopiedBoard {
  const fields = record(value, 'board');
  return { id: string(fields['id'], 'board id'), title: string(fields['title'], 'board title') };
}

export function parseScheduleAnswer(value: unknown): VersionSchedule | null {
  return parseSchedule(record(value, 'schedule')['schedule']);
}
