/**
 * Cairn's SQL is written once, for SQLite, in the part of SQL both engines share. These turn it
 * into PostgreSQL's: placeholders, a few functions, and column types. Anything SQLite-only that
 * has no direct counterpart is refused loudly, so a new query never misbehaves silently there.
 */

/** SQLite-only syntax that has no translation here: write the shared form instead. */
const UNSUPPORTED: readonly [RegExp, string][] = [
  [/\bINSERT\s+OR\s+(IGNORE|REPLACE)\b/i, 'use INSERT … ON CONFLICT … DO NOTHING / DO UPDATE'],
  [/\bPRAGMA\b/i, 'pragmas are SQLite settings'],
  [/\bGLOB\b/i, 'GLOB is SQLite-only'],
  [/\bjulianday\s*\(|\bstrftime\s*\(|\bdatetime\s*\(/i, 'store times as ms since the epoch'],
];

/** Calls each `(text, inString)` part of `sql`, outside and inside single-quoted literals. */
function mapOutsideStrings(sql: string, map: (part: string) => string): string {
  return sql
    .split(/('(?:[^']|'')*')/)
    .map((part) => (part.startsWith("'") ? part : map(part)))
    .join('');
}

/** One statement (with `?` parameters) in PostgreSQL's dialect. */
export function translateStatement(sql: string): string {
  for (const [pattern, advice] of UNSUPPORTED) {
    if (pattern.test(sql)) throw new Error(`Not portable to PostgreSQL (${advice}): ${sql}`);
  }
  let index = 0;
  return mapOutsideStrings(sql, (part) =>
    part
      // A JSON array parameter read as rows of `value`.
      .replace(/\bjson_each\s*\(\s*\?\s*\)/gi, 'json_array_elements_text(?::json)')
      .replace(/\?/g, () => `$${++index}`)
      // PostgreSQL folds unquoted names to lower case; Cairn's camelCase aliases must survive.
      .replace(/\bAS\s+([a-z]\w*[A-Z]\w*)\b/g, 'AS "$1"'),
  );
}

/**
 * A schema migration in PostgreSQL's dialect. Every table also gets a `rowid` column, filled in
 * insertion order, since Cairn orders rows that tie on time by SQLite's rowid.
 */
export function translateSchema(ddl: string): string {
  return mapOutsideStrings(stripComments(ddl), (part) =>
    part
      .replace(/\bINTEGER\s+PRIMARY\s+KEY\s+AUTOINCREMENT\b/gi, 'BIGSERIAL PRIMARY KEY')
      .replace(/\bINTEGER\b/gi, 'BIGINT')
      .replace(/\bBLOB\b/gi, 'BYTEA')
      .replace(/\bREAL\b/gi, 'DOUBLE PRECISION')
      .replace(/\)\s*WITHOUT\s+ROWID/gi, ')')
      .replace(
        /\bCREATE\s+TABLE\s+(IF\s+NOT\s+EXISTS\s+)?(\w+)\s*\(/gi,
        (match) => `${match}\n    rowid BIGSERIAL,`,
      ),
  );
}

/** Drops `--` comments (they may hold apostrophes that would look like string literals). */
function stripComments(ddl: string): string {
  return ddl
    .split('\n')
    .map((line) => line.replace(/--.*$/, ''))
    .join('\n');
}
