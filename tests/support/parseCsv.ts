/**
 * A strict RFC 4180 reader for checking exported CSV files independently of the server's writer:
 * fields separated by commas, records by CRLF, quoted fields may hold commas, quotes (doubled) and
 * line breaks. Throws on anything else (a quote inside an unquoted field, an unterminated quote).
 */
export function parseCsvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let index = 0;
  const end = text.length;
  if (end === 0) return records;
  for (;;) {
    let field = '';
    if (text[index] === '"') {
      index++;
      for (;;) {
        if (index >= end) throw new Error('Unterminated quoted field.');
        const character = text[index];
        if (character === '"') {
          if (text[index + 1] === '"') {
            field += '"';
            index += 2;
            continue;
          }
          index++;
          break;
        }
        field += character;
        index++;
      }
    } else {
      while (
        index < end &&
        text[index] !== ',' &&
        !(text[index] === '\r' && text[index + 1] === '\n')
      ) {
        if (text[index] === '"') throw new Error(`A quote inside an unquoted field at ${index}.`);
        field += text[index];
        index++;
      }
    }
    record.push(field);
    if (index >= end) {
      records.push(record);
      return records;
    }
    if (text[index] === ',') {
      index++;
      continue;
    }
    if (text[index] === '\r' && text[index + 1] === '\n') {
      records.push(record);
      record = [];
      index += 2;
      if (index >= end) return records;
      continue;
    }
    throw new Error(`Unexpected ${JSON.stringify(text[index])} after a field at ${index}.`);
  }
}

/** The records after the header as objects keyed by the header's names. */
export function parseCsvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsvRecords(text);
  if (!header) return [];
  return rows.map((row) => {
    if (row.length !== header.length) {
      throw new Error(`A record has ${row.length} fields; the header has ${header.length}.`);
    }
    return Object.fromEntries(header.map((name, column) => [name, row[column] ?? '']));
  });
}

/** Starts a spreadsheet would read as a formula (docs/formats.md, "Formula injection"). */
export const FORMULA_LIKE = /^\s*[=+\-@\t\r]/;

/**
 * The text of a cell Cairn's CSV export neutralised, as docs/formats.md tells programs to read
 * it: the first `'` is dropped when, past every leading `'`, the cell starts like a formula.
 */
export function restoreCsvCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_LIKE.test(cell.replace(/^'+/, '')) ? cell.slice(1) : cell;
}
