import { useCallback, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { messageOf } from '../api/messageOf';
import { useSession } from '../auth/useSession';
import { FetchedStatus } from '../ui/FetchedStatus';
import { useFetched } from '../ui/useFetched';
import {
  autoMapping,
  mappingSource,
  unmappedRequired,
  type ColumnMapping,
  type ImportField,
} from './autoMapping';
import { choosableHeaders, type CsvTable } from './csvTable';
import { CsvPreview } from './CsvPreview';
import { baseName } from './importFile';
import { ImportProblems } from './ImportProblems';
import { fetchImportFields, postImport, type CsvImportRequest } from './transferApi';
import type { ImportFields, ImportProblem } from './transferResponses';

interface CsvImportStepProps {
  readonly fileName: string;
  readonly text: string;
  readonly table: CsvTable;
}

type CheckState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy'; readonly what: 'check' | 'import' }
  | { readonly kind: 'checked'; readonly entries: number; readonly problems: ImportProblem[] }
  | { readonly kind: 'refused'; readonly message: string; readonly problems: ImportProblem[] };

function items(count: number): string {
  return `${count} ${count === 1 ? 'item' : 'items'}`;
}

/** A CSV file: its first rows, then the column of each field, the board's title, Check and Import. */
export function CsvImportStep(props: CsvImportStepProps) {
  const { token } = useSession();
  const load = useCallback((signal: AbortSignal) => fetchImportFields(token, signal), [token]);
  const { state, reload } = useFetched(load);
  return (
    <>
      <section className="import-step" aria-labelledby="import-preview-heading">
        <h2 id="import-preview-heading" className="import-step__heading">
          {props.fileName}: {items(props.table.rowCount).replace('item', 'row')}
        </h2>
        <CsvPreview table={props.table} />
      </section>
      <FetchedStatus state={state} what="import fields" onRetry={reload} />
      {state.kind === 'loaded' && <CsvMappingForm {...props} importFields={state.value} />}
    </>
  );
}

interface CsvMappingFormProps extends CsvImportStepProps {
  readonly importFields: ImportFields;
}

function CsvMappingForm({ fileName, text, table, importFields }: CsvMappingFormProps) {
  const { token } = useSession();
  const navigate = useNavigate();
  const { fields, presets } = importFields;
  const [mapping, setMapping] = useState<ColumnMapping>(() =>
    autoMapping(table.headers, fields, presets),
  );
  const [title, setTitle] = useState(() => baseName(fileName));
  const [check, setCheck] = useState<CheckState>({ kind: 'idle' });
  const formId = useId();
  const headers = choosableHeaders(table.headers);
  const missing = unmappedRequired(fields, mapping);
  const busy = check.kind === 'busy';
  const ready = missing.length === 0 && title.trim() !== '' && !busy;
  const count = check.kind === 'checked' ? check.entries : table.rowCount;
  // Known bad rows: importing would be refused too, until the columns or the file change.
  const hasProblems =
    (check.kind === 'checked' || check.kind === 'refused') && check.problems.length > 0;

  const choose = (field: ImportField, header: string): void => {
    const next: Record<string, string> = { ...mapping };
    if (header === '') delete next[field.name];
    else next[field.name] = header;
    setMapping(next);
    setCheck({ kind: 'idle' });
  };

  const send = (dryRun: boolean): void => {
    setCheck({ kind: 'busy', what: dryRun ? 'check' : 'import' });
    const request: CsvImportRequest = {
      csv: text,
      title: title.trim(),
      kind: 'roadmap',
      mapping,
      ...(dryRun ? { dryRun: true as const } : {}),
    };
    postImport(token, request).then(
      (answer) => {
        switch (answer.kind) {
          case 'created':
            void navigate(`/b/${encodeURIComponent(answer.board.id)}`);
            return;
          case 'checked':
            setCheck(answer);
            return;
          case 'refused':
            setCheck(answer);
            return;
        }
      },
      (error: unknown) => setCheck({ kind: 'refused', message: messageOf(error), problems: [] }),
    );
  };

  return (
    <section className="import-step" aria-labelledby={`${formId}-heading`}>
      <h2 id={`${formId}-heading`} className="import-step__heading">
        Columns
      </h2>
      <p className="field__hint">
        {mappingSource(table.headers, presets) === 'jira'
          ? 'This looks like a Jira export: its columns are chosen for you. Change any of them.'
          : 'Choose the column that fills each field of the roadmap; leave a field empty to skip it.'}
      </p>
      <div className="import-mapping">
        {fields.map((field) => (
          <div className="field" key={field.name}>
            <label htmlFor={`${formId}-field-${field.name}`}>
              {field.label}
              {field.required && ' (required)'}
            </label>
            <select
              id={`${formId}-field-${field.name}`}
              value={mapping[field.name] ?? ''}
              aria-describedby={
                field.description === '' ? undefined : `${formId}-field-${field.name}-hint`
              }
              disabled={busy}
              onChange={(event) => choose(field, event.target.value)}
            >
              <option value="">(not imported)</option>
              {headers.map((header) => (
                <option key={header} value={header}>
                  {header}
                </option>
              ))}
            </select>
            {field.description !== '' && (
              <p id={`${formId}-field-${field.name}-hint`} className="field__hint">
                {field.description}
              </p>
            )}
          </div>
        ))}
      </div>
      <div className="field">
        <label htmlFor={`${formId}-board-title`}>Board title</label>
        <input
          id={`${formId}-board-title`}
          type="text"
          dir="auto"
          autoComplete="off"
          value={title}
          disabled={busy}
          onChange={(event) => {
            setTitle(event.target.value);
            setCheck({ kind: 'idle' });
          }}
        />
        <p className="field__hint">The import makes a new roadmap board with this title.</p>
      </div>
      {missing.length > 0 && (
        <p className="form-error">
          Choose the column for {missing.map((field) => field.label).join(', ')}.
        </p>
      )}
      {check.kind === 'checked' && check.problems.length === 0 && (
        <p className="import-ok" role="status">
          All {items(check.entries)} are ready to import.
        </p>
      )}
      {check.kind === 'checked' && check.problems.length > 0 && (
        <div className="form-error" role="alert">
          <p>
            {check.problems.length === 1 ? '1 problem' : `${check.problems.length} problems`}: fix
            the file or the columns, then check again. Nothing is imported while any row has one.
          </p>
          <ImportProblems problems={check.problems} />
        </div>
      )}
      {check.kind === 'refused' && (
        <div className="form-error" role="alert">
          <p>
            {check.message}
            {check.problems.length > 0 && ' Fix the file or the columns, then check again.'}
          </p>
          <ImportProblems problems={check.problems} />
        </div>
      )}
      <div className="import-actions">
        <button type="button" className="button" disabled={!ready} onClick={() => send(true)}>
          {check.kind === 'busy' && check.what === 'check' ? 'Checking…' : 'Check'}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!ready || hasProblems}
          onClick={() => send(false)}
        >
          {check.kind === 'busy' && check.what === 'import'
            ? 'Importing…'
            : `Import ${items(count)}`}
        </button>
      </div>
    </section>
  );
}
