import { ApiError } from '../api/ApiError';
import { boardApiPath } from '../api/apiPaths';
import { requestJson } from '../api/requestJson';
import { contentDispositionFileName } from './contentDispositionFileName';
import { record } from '../api/jsonShape';
import {
  entryCount,
  parseImportedBoard,
  parseImportFields,
  parseImportProblems,
  type ImportedBoard,
  type ImportFields,
  type ImportProblem,
} from './transferResponses';

/** The formats the server writes (docs/formats.md). */
export type ServerExportFormat = 'json' | 'csv' | 'md' | 'ics';

/** What the tab sends with every call: its bearer secret, or '' for the session cookie. */
function headersFor(token: string, extra: Record<string, string>): Record<string, string> {
  return token === '' ? extra : { ...extra, Authorization: `Bearer ${token}` };
}

/** The server's `{ error }` text of a refusal, or a plain message when it sent none. */
async function refusalOf(response: Response): Promise<{ message: string; body: unknown }> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  const error =
    typeof body === 'object' && body !== null && 'error' in body ? body.error : undefined;
  const message =
    typeof error === 'string' && error.trim() !== ''
      ? error
      : response.status === 413
        ? 'That file is too large for the server to accept.'
        : `The server answered ${response.status}.`;
  return { message, body };
}

/** A file the server wrote, with the name it gave it. */
export interface ExportedFile {
  readonly blob: Blob;
  readonly fileName: string;
}

/**
 * Downloads board `boardId` as `format` (GET /api/boards/:id/export) into memory. Rejects with
 * an ApiError: status 0 when the server cannot be reached (the board may still be open offline),
 * or the server's reason.
 */
export async function fetchBoardExport(
  token: string,
  boardId: string,
  format: ServerExportFormat,
  signal?: AbortSignal,
): Promise<ExportedFile> {
  let response: Response;
  try {
    response = await fetch(`${boardApiPath(boardId)}/export?format=${format}`, {
      headers: headersFor(token, {}),
      credentials: 'same-origin',
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'Export needs a connection to the server. Try again when online.');
  }
  if (!response.ok) throw new ApiError(response.status, (await refusalOf(response)).message);
  let blob: Blob;
  try {
    blob = await response.blob();
  } catch {
    throw new ApiError(0, 'The connection to the server broke during the export. Try again.');
  }
  const fallback = `board.${format}`;
  return {
    blob,
    fileName: contentDispositionFileName(response.headers.get('Content-Disposition'), fallback),
  };
}

/** GET /api/boards/import/fields. */
export function fetchImportFields(token: string, signal?: AbortSignal): Promise<ImportFields> {
  return requestJson(
    { token },
    'GET',
    '/api/boards/import/fields',
    parseImportFields,
    undefined,
    signal,
  );
}

/** The body of a CSV import (docs/formats.md). */
export interface CsvImportRequest {
  readonly csv: string;
  readonly title: string;
  readonly kind: 'roadmap';
  /** Field → header as in the file's first row; unmapped fields left out. */
  readonly mapping: Readonly<Record<string, string>>;
  readonly dryRun?: true;
}

/** What POST /api/boards/import answered. */
export type ImportAnswer =
  /** 201: the board exists; open it. */
  | { readonly kind: 'created'; readonly board: ImportedBoard; readonly entries: number }
  /** 200 to a dry run: what an import would make, and what is wrong. */
  | { readonly kind: 'checked'; readonly entries: number; readonly problems: ImportProblem[] }
  /** 4xx: nothing was created; the server's reason and the rows at fault. */
  | { readonly kind: 'refused'; readonly message: string; readonly problems: ImportProblem[] };

/**
 * POST /api/boards/import with a Cairn export document or a {@link CsvImportRequest}. A refusal
 * (400, 403, 413…) is an answer, so the page can list the rows at fault; only an unreachable
 * server or an answer of the wrong shape rejects (with an ApiError).
 */
export async function postImport(
  token: string,
  body: CsvImportRequest | Readonly<Record<string, unknown>>,
): Promise<ImportAnswer> {
  let response: Response;
  try {
    response = await fetch('/api/boards/import', {
      method: 'POST',
      headers: headersFor(token, {
        Accept: 'application/json',
        'Content-Type': 'application/json',
      }),
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'Import needs a connection to the server. Try again when online.');
  }
  if (!response.ok) {
    const { message, body: answer } = await refusalOf(response);
    const problems =
      typeof answer === 'object' && answer !== null && 'problems' in answer
        ? parseImportProblems(answer.problems)
        : [];
    return { kind: 'refused', message, problems };
  }
  let answer: unknown;
  try {
    answer = await response.json();
  } catch {
    throw new ApiError(response.status, 'The server sent a response that is not JSON.');
  }
  if (response.status === 201) return { kind: 'created', ...parseImportedBoard(answer) };
  const checked = record(answer, 'dry run answer');
  return {
    kind: 'checked',
    entries: entryCount(checked['entries']),
    problems: parseImportProblems(checked['problems']),
  };
}
