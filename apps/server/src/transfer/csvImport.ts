import Papa from 'papaparse';
import type { Read } from './csvValues.js';

/**
 * What every CSV import shares (docs/formats.md): reading the file, resolving a mapping of fields
 * to headers, reading cells, and refusing the whole file with every problem listed.
 */

/** A field a column can be mapped to, as `GET /api/boards/import/fields` lists it. */
export interface ImportField {
  readonly name: string;
  readonly label: string;
  readonly required: boolean;
  readonly description: string;
}

/** One kind's CSV import: its fields, other names for them, and ready-made mappings. */
export interface ImportSpec {
  readonly fields: readonly ImportField[];
  readonly aliases: Readonly<Record<string, string>>;
  /** The import skips a preset's columns the file does not have. */
  readonly presets: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** Rows one import takes at most: a big roadmap, and a bounded amount of work per request. */
export const MAX_IMPORT_ROWS = 5_000;
/** Problems listed in one answer; the summary says how many rows have one. */
const MAX_LISTED_PROBLEMS = 100;

/** What is wrong with one row (1 is the first row after the header) or one of its cells. */
export interface ImportProblem {
  readonly row: number;
  readonly column: string | null;
  readonly reason: string;
}

/** Thrown when the file or its rows cannot be imported; nothing has been created. */
export class ImportRefusedError extends Error {
  override readonly name = 'ImportRefusedError';

  constructor(
    message: string,
    readonly problems: readonly ImportProblem[] = [],
  ) {
    super(message);
  }
}

/** A checked import, ready to become a board. */
export interface PreparedImport {
  /** The whole new board as one Yjs update. */
  readonly update: Uint8Array;
  readonly entries: number;
}

/** field → the header it reads and every column index with that header. */
export type Columns = ReadonlyMap<
  string,
  { readonly header: string; readonly indexes: readonly number[] }
>;

/** `mapping` checked against the fields and the file's headers; the required fields mapped. */
export function resolveMapping(
  spec: ImportSpec,
  headers: readonly string[],
  mapping: Readonly<Record<string, string>>,
): Columns {
  const names = new Set(spec.fields.map((field) => field.name));
  const columns = new Map<string, { header: string; indexes: number[] }>();
  for (const [key, header] of Object.entries(mapping)) {
    const field = spec.aliases[key] ?? key;
    if (!names.has(field)) {
      throw new ImportRefusedError(
        `mapping: unknown field ${JSON.stringify(key)}; the fields are ${[...names].join(', ')}.`,
      );
    }
    const indexes = headers.flatMap((candidate, index) => (candidate === header ? [index] : []));
    if (indexes.length === 0) {
      throw new ImportRefusedError(
        `mapping: ${field} is mapped to ${JSON.stringify(header)}, which is not a column of the file.`,
      );
    }
    columns.set(field, { header, indexes });
  }
  for (const field of spec.fields) {
    if (field.required && !columns.has(field.name)) {
      throw new ImportRefusedError(`mapping: map a column to ${field.name}; every row needs one.`);
    }
  }
  return columns;
}

/** The mapping of a preset, without the columns the file does not have. */
export function presetMapping(
  spec: ImportSpec,
  preset: string,
  headers: readonly string[],
): Record<string, string> {
  const mapping = spec.presets[preset];
  if (!mapping) {
    throw new ImportRefusedError(
      `Unknown preset ${JSON.stringify(preset)}; the presets are ${Object.keys(spec.presets).join(', ')}.`,
    );
  }
  return Object.fromEntries(
    Object.entries(mapping).filter(([, header]) => headers.includes(header)),
  );
}

/** Columns whose header is a field's name or label (any case): the mapping of a plain file. */
export function matchingMapping(
  spec: ImportSpec,
  headers: readonly string[],
): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const field of spec.fields) {
    const names = [field.name, field.label].map((name) => name.toLowerCase());
    const header = headers.find((candidate) => names.includes(candidate.trim().toLowerCase()));
    if (header !== undefined) mapping[field.name] = header;
  }
  return mapping;
}

/** The file as header and rows; Papa's own errors become problems. */
export function parseCsv(csv: string): { headers: string[]; rows: string[][] } {
  const text = csv.startsWith('\uFEFF') ? csv.slice(1) : csv;
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  const [headerRow, ...rows] = parsed.data;
  if (!headerRow || headerRow.every((cell) => cell.trim() === '')) {
    throw new ImportRefusedError('The file is empty: its first row must name the columns.');
  }
  const problems = parsed.errors
    .filter((error) => error.row !== undefined && error.row > 0)
    .map((error) => ({ row: error.row ?? 0, column: null, reason: `${error.message}.` }));
  if (problems.length > 0) {
    throw new ImportRefusedError(
      'The file is not valid CSV.',
      problems.slice(0, MAX_LISTED_PROBLEMS),
    );
  }
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new ImportRefusedError(
      `The file has ${rows.length} rows; an import takes at most ${MAX_IMPORT_ROWS}. Split it into several files.`,
    );
  }
  return { headers: headerRow.map((header) => header.trim()), rows };
}

/** Reads the cells of one row by field, noting problems against the row and the column. */
export class RowReader {
  constructor(
    private readonly cells: readonly string[],
    readonly row: number,
    private readonly columns: Columns,
    private readonly problems: ImportProblem[],
  ) {}

  /** The trimmed, non-empty cells of every column mapped to `field` (line ends as `\n`). */
  values(field: string): string[] {
    return (this.columns.get(field)?.indexes ?? [])
      .map((index) => (this.cells[index] ?? '').replace(/\r\n?/g, '\n').trim())
      .filter((cell) => cell !== '');
  }

  /** The first filled cell of `field`, or ''. */
  first(field: string): string {
    return this.values(field)[0] ?? '';
  }

  /** The header `field` reads, or null when it is not mapped. */
  header(field: string): string | null {
    return this.columns.get(field)?.header ?? null;
  }

  /** The value `read` gives, or `fallback` after noting its problem against `field`'s column. */
  take<T>(field: string, read: Read<T>, fallback: T): T {
    if ('value' in read) return read.value;
    this.problem(field, read.problem);
    return fallback;
  }

  problem(field: string | null, reason: string): void {
    this.problems.push({
      row: this.row,
      column: field === null ? null : this.header(field),
      reason,
    });
  }
}

/** The rows that are not all blank, each with its reader. */
export function rowReaders(
  rows: readonly string[][],
  columns: Columns,
  problems: ImportProblem[],
): RowReader[] {
  return rows.flatMap((cells, index) =>
    cells.every((cell) => cell.trim() === '')
      ? []
      : [new RowReader(cells, index + 1, columns, problems)],
  );
}

/** Throws ImportRefusedError listing the problems (at most 100), if there are any. */
export function refuseIf(problems: readonly ImportProblem[]): void {
  if (problems.length === 0) return;
  const rows = new Set(problems.map((problem) => problem.row)).size;
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  throw new ImportRefusedError(
    `${rows} ${rows === 1 ? 'row has' : 'rows have'} problems; nothing was imported.` +
      (listed.length < problems.length ? ` The first ${listed.length} problems are listed.` : ''),
    listed,
  );
}
