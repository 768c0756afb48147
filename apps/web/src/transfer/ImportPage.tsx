import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { messageOf } from '../api/messageOf';
import { canEdit } from '../auth/canEdit';
import { useSession } from '../auth/useSession';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { CairnImportStep } from './CairnImportStep';
import { CsvImportStep } from './CsvImportStep';
import { ImportFilePicker } from './ImportFilePicker';
import { MAX_IMPORT_FILE_BYTES, recogniseImportFile, type ImportFile } from './importFile';
import './transfer.css';

type Picked =
  | { readonly kind: 'none' }
  | { readonly kind: 'reading'; readonly fileName: string }
  | { readonly kind: 'read'; readonly file: ImportFile; readonly serial: number };

/** What the picked file became: its step, or why it cannot be imported. */
function PickedFile({ file }: { readonly file: ImportFile }) {
  switch (file.kind) {
    case 'cairn':
      return (
        <CairnImportStep fileName={file.fileName} document={file.document} summary={file.summary} />
      );
    case 'csv':
      return <CsvImportStep fileName={file.fileName} text={file.text} table={file.table} />;
    case 'unusable':
      return (
        <p className="form-error import-step" role="alert">
          <bdi>{file.fileName}</bdi>: {file.reason}
        </p>
      );
  }
}

/**
 * Route `/import`: a board from a Cairn JSON export or a CSV with column mapping (docs/formats.md).
 * Importing creates a board, so it is for workspace editors and admins, as "New board" is; the
 * server checks the same.
 */
export function ImportPage() {
  const { me } = useSession();
  const [picked, setPicked] = useState<Picked>({ kind: 'none' });
  // Counts picked files, so a new file (even of the same name) starts its step afresh.
  const serial = useRef(0);
  useDocumentTitle('Import');

  if (me.role === null || !canEdit(me.role)) {
    return (
      <main className="import-page">
        <h1 className="import-page__heading">Import a board</h1>
        <p role="status">
          Importing creates a new board, which needs the editor role in the workspace. Ask a
          workspace admin for it. You can still export any board you can open, from its Export menu.
        </p>
        <p>
          <Link to="/">Back to the boards</Link>
        </p>
      </main>
    );
  }

  const read = (file: File): void => {
    if (file.size > MAX_IMPORT_FILE_BYTES) {
      setPicked({
        kind: 'read',
        serial: ++serial.current,
        file: {
          kind: 'unusable',
          fileName: file.name,
          reason: `This file is ${Math.ceil(file.size / 1024 / 1024)} MB; Cairn imports files up to 20 MB.`,
        },
      });
      return;
    }
    setPicked({ kind: 'reading', fileName: file.name });
    file.text().then(
      (text) =>
        setPicked({
          kind: 'read',
          serial: ++serial.current,
          file: recogniseImportFile(file.name, text),
        }),
      (error: unknown) =>
        setPicked({
          kind: 'read',
          serial: ++serial.current,
          file: {
            kind: 'unusable',
            fileName: file.name,
            reason: `Could not read it: ${messageOf(error)}`,
          },
        }),
    );
  };

  return (
    <main className="import-page">
      <h1 className="import-page__heading">Import a board</h1>
      <p className="import-page__intro">
        Move a board between Cairn servers with its JSON export, or bring a plan in from a
        spreadsheet or Jira as CSV. Every import makes a new board; nothing is half-imported.
      </p>
      <ImportFilePicker onFile={read} disabled={picked.kind === 'reading'} />
      {picked.kind === 'reading' && (
        <p aria-busy="true">
          Reading <bdi>{picked.fileName}</bdi>…
        </p>
      )}
      {/* A new file starts its step afresh (mapping, title, check). */}
      {picked.kind === 'read' && <PickedFile key={picked.serial} file={picked.file} />}
    </main>
  );
}
