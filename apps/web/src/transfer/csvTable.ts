import Papa from 'papaparse';

/** What the import page shows of a CSV file before anything goes to the server. */
export interface CsvTable {
  /** The first row's cells, trimmed as the server trims them (the mapping names columns so). */
  readonly headers: readonly string[];
  /** The first data rows, for the preview; each as long as its line. */
  readonly preview: readonly (readonly string[])[];
  /** Data rows (after the header row), empty lines not counted: as the server counts them. */
  readonly rowCount: number;
}

/** Rows the preview shows: enough to recognise the columns, few enough to read at a glance. */
export const PREVIEW_ROWS = 5;

/**
 * Reads `text` as CSV with papaparse: the delimiter guessed, a byte order mark dropped, quoted
 * cells may hold commas, quotes and new lines, empty lines skipped. The server parses the same
 * text again on import and is the judge of every row; this is only for the preview and the
 * mapping. Null when the file has no header row.
 */
export function csvTable(text: string): CsvTable | null {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    header: false,
    skipEmptyLines: true,
  });
  const [first, ...rows] = parsed.data;
  if (first === undefined || first.every((cell) => cell.trim() === '')) return null;
  return {
    headers: first.map((header) => header.trim()),
    preview: rows.slice(0, PREVIEW_ROWS),
    rowCount: rows.length,
  };
}

/** The headers a column can be chosen by: each non-blank header once, in file order. */
export function choosableHeaders(headers: readonly string[]): string[] {
  return [...new Set(headers.filter((header) => header.trim() !== ''))];
}
