import { csvTable, type CsvTable } from './csvTable';

/** The largest file the page reads; the server's body limit (1 MiB by default) is the real one. */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;

/** What a Cairn export document says about itself, for the page to show before importing. */
export interface CairnExportSummary {
  readonly kind: string;
  readonly title: string;
  /** Entries of its `items` section: roadmap items, goals, personas, tasks or notes. */
  readonly items: number;
  /** The other sections with entries, by name (`lanes`, `releases`…), with their count. */
  readonly sections: readonly { readonly name: string; readonly count: number }[];
  /** As the export wrote it (ISO 8601), or null. */
  readonly exportedAt: string | null;
  readonly version: number | null;
}

/** A file picked on the import page, read and recognised. */
export type ImportFile =
  | {
      readonly kind: 'cairn';
      readonly fileName: string;
      /** Sent as it is: the server validates every field. */
      readonly document: Readonly<Record<string, unknown>>;
      readonly summary: CairnExportSummary;
    }
  | {
      readonly kind: 'csv';
      readonly fileName: string;
      /** Sent as it is: the server parses it again and judges every row. */
      readonly text: string;
      readonly table: CsvTable;
    }
  | { readonly kind: 'unusable'; readonly fileName: string; readonly reason: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What `document` (a parsed `cairn.board` export) holds. */
export function summariseCairnExport(
  document: Readonly<Record<string, unknown>>,
): CairnExportSummary {
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  const sections: { name: string; count: number }[] = [];
  for (const [name, value] of Object.entries(document)) {
    if (name !== 'items' && Array.isArray(value) && value.length > 0) {
      sections.push({ name, count: value.length });
    }
  }
  const items = document['items'];
  const version = document['version'];
  return {
    kind: text(document['kind']),
    title: text(document['title']),
    items: Array.isArray(items) ? items.length : 0,
    sections,
    exportedAt: typeof document['exportedAt'] === 'string' ? document['exportedAt'] : null,
    version: typeof version === 'number' ? version : null,
  };
}

/** `name` without its last extension: a CSV's default board title. */
export function baseName(name: string): string {
  const dot = name.lastIndexOf('.');
  return (dot > 0 ? name.slice(0, dot) : name).trim();
}

/**
 * Recognises a picked file by its name and content: a Cairn JSON export (`.json`, or any file
 * whose text is an object with `format: "cairn.board"`), or a CSV (`.csv`, `.txt`, `.tsv`).
 * Anything else, or a JSON that is not a Cairn export, is `unusable` with the reason.
 */
export function recogniseImportFile(fileName: string, text: string): ImportFile {
  const lower = fileName.toLowerCase();
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (lower.endsWith('.json') || trimmed.startsWith('{')) {
    let document: unknown;
    try {
      document = JSON.parse(trimmed);
    } catch {
      return { kind: 'unusable', fileName, reason: 'This file is not valid JSON.' };
    }
    if (!isRecord(document) || document['format'] !== 'cairn.board') {
      return {
        kind: 'unusable',
        fileName,
        reason: 'This JSON file is not a Cairn board export (it has no "format": "cairn.board").',
      };
    }
    return { kind: 'cairn', fileName, document, summary: summariseCairnExport(document) };
  }
  if (/\.(csv|tsv|txt)$/.test(lower) || lower.lastIndexOf('.') < 0) {
    const table = csvTable(text);
    if (table === null) {
      return { kind: 'unusable', fileName, reason: 'This file has no header row: it is empty.' };
    }
    if (table.rowCount === 0) {
      return { kind: 'unusable', fileName, reason: 'This file has a header row but no rows.' };
    }
    return { kind: 'csv', fileName, text, table };
  }
  return {
    kind: 'unusable',
    fileName,
    reason: 'Cairn imports a Cairn JSON export (.json) or a spreadsheet saved as CSV (.csv).',
  };
}
