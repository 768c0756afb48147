import { useState } from 'react';
import { useNavigate } from 'react-router';
import { messageOf } from '../api/messageOf';
import { useSession } from '../auth/useSession';
import type { CairnExportSummary } from './importFile';
import { ImportProblems } from './ImportProblems';
import { postImport } from './transferApi';
import type { ImportProblem } from './transferResponses';

interface CairnImportStepProps {
  readonly fileName: string;
  readonly document: Readonly<Record<string, unknown>>;
  readonly summary: CairnExportSummary;
}

type StepState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'refused'; readonly message: string; readonly problems: ImportProblem[] };

function plural(count: number, one: string): string {
  return `${count} ${count === 1 ? one : `${one}s`}`;
}

/** A Cairn JSON export: what it holds, and Import, which opens the new board. */
export function CairnImportStep({ fileName, document, summary }: CairnImportStepProps) {
  const { token } = useSession();
  const navigate = useNavigate();
  const [state, setState] = useState<StepState>({ kind: 'idle' });

  const importBoard = (): void => {
    setState({ kind: 'busy' });
    postImport(token, document).then(
      (answer) => {
        if (answer.kind === 'created') {
          void navigate(`/b/${encodeURIComponent(answer.board.id)}`);
        } else if (answer.kind === 'refused') {
          setState({ kind: 'refused', message: answer.message, problems: answer.problems });
        } else {
          setState({
            kind: 'refused',
            message: 'The server did not create the board.',
            problems: [],
          });
        }
      },
      (error: unknown) => setState({ kind: 'refused', message: messageOf(error), problems: [] }),
    );
  };

  return (
    <section className="import-step" aria-labelledby="import-cairn-heading">
      <h2 id="import-cairn-heading" className="import-step__heading">
        Cairn board export
      </h2>
      <dl className="import-summary" data-testid="import-summary">
        <dt>File</dt>
        <dd dir="auto">{fileName}</dd>
        <dt>Board</dt>
        <dd dir="auto">{summary.title === '' ? '(untitled)' : summary.title}</dd>
        <dt>Kind</dt>
        <dd>{summary.kind}</dd>
        <dt>Entries</dt>
        <dd>
          {[
            plural(summary.items, 'item'),
            ...summary.sections.map((section) => `${section.count} ${section.name}`),
          ].join(', ')}
        </dd>
        {summary.exportedAt !== null && (
          <>
            <dt>Exported</dt>
            <dd>{summary.exportedAt}</dd>
          </>
        )}
      </dl>
      <p className="field__hint">
        Importing makes a new board with this content; the board it came from is not changed.
      </p>
      {state.kind === 'refused' && (
        <div className="form-error" role="alert">
          <p>{state.message}</p>
          <ImportProblems problems={state.problems} />
        </div>
      )}
      <div className="import-actions">
        <button
          type="button"
          className="button button--primary"
          disabled={state.kind === 'busy'}
          onClick={importBoard}
        >
          {state.kind === 'busy' ? 'Importing…' : 'Import board'}
        </button>
      </div>
    </section>
  );
}
