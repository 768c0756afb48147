import { boardApiPath, ignoreBody } from '../api/apiPaths';
import { sendWithToken as send } from '../api/requestJson';
import type {
  CopiedBoard,
  RollbackResult,
  SchedulePeriod,
  VersionDiff,
  VersionList,
  VersionSchedule,
  VersionSummary,
} from './historyTypes';
import {
  parseCopiedBoard,
  parseDiff,
  parseRollback,
  parseScheduleAnswer,
  parseVersion,
  parseVersionList,
} from './parseHistory';

/**
 * The REST calls of docs/history.md. Every function rejects with an ApiError carrying the
 * server's reason, ready to show.
 */

const versionsPath = (boardId: string) => `${boardApiPath(boardId)}/versions`;
const versionPath = (boardId: string, versionId: string) =>
  `${versionsPath(boardId)}/${encodeURIComponent(versionId)}`;

/** The reference to the board as it is now, in a comparison. */
export const NOW = 'now';

export function listVersions(
  token: string,
  boardId: string,
  signal?: AbortSignal,
): Promise<VersionList> {
  return send(token, 'GET', versionsPath(boardId), parseVersionList, undefined, signal);
}

export function saveVersion(token: string, boardId: string, name: string): Promise<VersionSummary> {
  return send(token, 'POST', versionsPath(boardId), parseVersion, { name });
}

export function setSchedule(
  token: string,
  boardId: string,
  every: SchedulePeriod | null,
): Promise<VersionSchedule | null> {
  return send(token, 'PUT', `${versionsPath(boardId)}/schedule`, parseScheduleAnswer, { every });
}

/** Compares two versions, or a version (`from`) with `now`. */
export function compareVersions(
  token: string,
  boardId: string,
  from: string,
  to: string,
): Promise<VersionDiff> {
  const path = `${versionPath(boardId, from)}/diff/${encodeURIComponent(to)}`;
  return send(token, 'GET', path, parseDiff);
}

export function rollBack(
  token: string,
  boardId: string,
  versionId: string,
): Promise<RollbackResult> {
  return send(token, 'POST', `${versionPath(boardId, versionId)}/rollback`, parseRollback);
}

export function restoreAsCopy(
  token: string,
  boardId: string,
  versionId: string,
): Promise<CopiedBoard> {
  return send(token, 'POST', `${versionPath(boardId, versionId)}/copy`, parseCopiedBoard, {});
}

export function deleteVersion(token: string, boardId: string, versionId: string): Promise<void> {
  return send(token, 'DELETE', versionPath(boardId, versionId), ignoreBody);
}
