import type { CsvTable } from './csvTable';

/** Characters of a cell the preview shows; the rest is cut with an ellipsis. */
const CELL_CHARACTERS = 200;

function shortened(cell: string): string {
  const chars = [...cell];
  return chars.length <= CELL_CHARACTERS ? cell : `${chars.slice(0, CELL_CHARACTERS).join('')}…`;
}

/** The header row and the first rows of a CSV, as text (never markup), to recognise columns. */
export function CsvPreview({ table }: { readonly table: CsvTable }) {
  const width = Math.max(table.headers.length, ...table.preview.map((row) => row.length));
  const columns = Array.from({ length: width }, (_, index) => index);
  return (
    <div className="import-preview" tabIndex={0} role="region" aria-label="First rows of the file">
      <table data-testid="csv-preview">
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" dir="auto">
                {shortened(table.headers[column] ?? '')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.preview.map((row, rowIndex) => (
            // Rows of a file have no identity but their place, and the preview never reorders.
            <tr key={rowIndex}>
              {columns.map((column) => (
                <td key={column} dir="auto">
                  {shortened(row[column] ?? '')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
