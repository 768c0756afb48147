import { fail, list, record, string } from '../api/jsonShape';
import type { ColumnMapping, ImportField } from './autoMapping';

/** GET /api/boards/import/fields: what a CSV column can fill, and the known mappings. */
export interface ImportFields {
  readonly fields: readonly ImportField[];
  /** Mappings of well-known exports by name (`jira`): field → header. */
  readonly presets: Readonly<Record<string, ColumnMapping>>;
}

/** A row the server refused, as POST /api/boards/import reports it. */
export interface ImportProblem {
  /** The row of the file, as the server counts it; null for the file as a whole. */
  readonly row: number | null;
  /** The column's header; null for the row as a whole. */
  readonly column: string | null;
  readonly reason: string;
}

/** The board an import created. */
export interface ImportedBoard {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
}

function stringMap(value: unknown, what: string): Record<string, string> {
  const map: Record<string, string> = {};
  for (const [key, entry] of Object.entries(record(value, what))) map[key] = string(entry, what);
  return map;
}

export function parseImportFields(value: unknown): ImportFields {
  const body = record(value, 'list of import fields');
  const fields = list(body['fields'], 'list of import fields').map((raw) => {
    const field = record(raw, 'import field');
    return {
      name: string(field['name'], 'import field'),
      label: string(field['label'], 'import field'),
      required: field['required'] === true,
      description: typeof field['description'] === 'string' ? field['description'] : '',
    };
  });
  const presets: Record<string, ColumnMapping> = {};
  const rawPresets = body['presets'] === undefined ? {} : record(body['presets'], 'import preset');
  for (const [name, preset] of Object.entries(rawPresets)) {
    presets[name] = stringMap(preset, 'import preset');
  }
  return { fields, presets };
}

/** How many entries an answer names: a count, or the list of them. */
export function entryCount(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  return fail('count of imported entries');
}

export function parseImportedBoard(value: unknown): {
  board: ImportedBoard;
  entries: number;
} {
  const body = record(value, 'import answer');
  const board = record(body['board'], 'imported board');
  return {
    board: {
      id: string(board['id'], 'imported board'),
      kind: string(board['kind'], 'imported board'),
      title: string(board['title'], 'imported board'),
    },
    entries: entryCount(body['entries']),
  };
}

/** The problems of a dry run or a refusal; an answer without any has none. */
export function parseImportProblems(value: unknown): ImportProblem[] {
  if (value === undefined) return [];
  return list(value, 'list of import problems').map((raw) => {
    const problem = record(raw, 'import problem');
    const row = problem['row'];
    const column = problem['column'];
    return {
      row: typeof row === 'number' && Number.isFinite(row) ? row : null,
      column: typeof column === 'string' && column !== '' ? column : null,
      reason: string(problem['reason'], 'import problem'),
    };
  });
}

/** "Row 12, Due date: not a date" — where, then why. */
export function problemText(problem: ImportProblem): string {
  const where = [problem.row === null ? null : `Row ${problem.row}`, problem.column].filter(
    (part) => part !== null,
  );
  return where.length === 0 ? problem.reason : `${where.join(', ')}: ${problem.reason}`;
}
