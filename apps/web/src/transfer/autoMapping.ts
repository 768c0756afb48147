/** A field of the board an import fills, as GET /api/boards/import/fields lists it. */
export interface ImportField {
  /** The key of the import's `mapping`, e.g. `startDate`. */
  readonly name: string;
  /** For people, e.g. "Start date". */
  readonly label: string;
  readonly required: boolean;
  readonly description: string;
}

/** Field name → the header of the column that fills it; fields left out are not imported. */
export type ColumnMapping = Readonly<Record<string, string>>;

/** A header reduced to what people vary: case, spaces, `_`, `-`, `/` and dots. */
function looseName(text: string): string {
  return text.toLowerCase().replace(/[\s_\-/.]+/g, '');
}

/** The file's own spelling of `wanted`, compared loosely, or undefined. */
function findHeader(headers: readonly string[], wanted: string): string | undefined {
  const loose = looseName(wanted);
  return headers.find((header) => looseName(header) === loose);
}

/**
 * True when `headers` look like a Jira CSV export: Jira always writes `Summary` with `Issue key`
 * or `Issue Type`, and at least half of the preset's columns are there.
 */
export function looksLikeJira(
  headers: readonly string[],
  jiraPreset: ColumnMapping | undefined,
): boolean {
  if (jiraPreset === undefined) return false;
  const has = (header: string) => findHeader(headers, header) !== undefined;
  if (!has('Summary') || !(has('Issue key') || has('Issue Type'))) return false;
  const presetHeaders = Object.values(jiraPreset);
  const present = presetHeaders.filter(has).length;
  return present * 2 >= presetHeaders.length;
}

/**
 * The mapping the page starts with. For a Jira export, the server's Jira preset (each column
 * in the file's own spelling); then, for every field still open, a header that matches the
 * field's name or label loosely ("Start date", "start_date" and "startDate" all fill
 * `startDate`). A header fills at most one field; fields with no match stay unmapped.
 */
export function autoMapping(
  headers: readonly string[],
  fields: readonly ImportField[],
  presets: Readonly<Record<string, ColumnMapping>>,
): ColumnMapping {
  const mapping: Record<string, string> = {};
  const used = new Set<string>();
  const take = (field: string, header: string | undefined): void => {
    if (header === undefined || used.has(header) || mapping[field] !== undefined) return;
    mapping[field] = header;
    used.add(header);
  };
  const jira = presets['jira'];
  if (jira !== undefined && looksLikeJira(headers, jira)) {
    for (const field of fields) {
      const presetHeader = jira[field.name];
      if (presetHeader !== undefined) take(field.name, findHeader(headers, presetHeader));
    }
  }
  for (const field of fields) {
    take(field.name, findHeader(headers, field.name) ?? findHeader(headers, field.label));
  }
  return mapping;
}

/** Which mapping {@link autoMapping} used, to say so on the page. */
export function mappingSource(
  headers: readonly string[],
  presets: Readonly<Record<string, ColumnMapping>>,
): 'jira' | 'names' {
  return looksLikeJira(headers, presets['jira']) ? 'jira' : 'names';
}

/** The required fields `mapping` leaves without a column, in field order. */
export function unmappedRequired(
  fields: readonly ImportField[],
  mapping: ColumnMapping,
): ImportField[] {
  return fields.filter((field) => field.required && (mapping[field.name] ?? '') === '');
}
