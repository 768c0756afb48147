import { deleteKeyResult, updateKeyResult, type KeyResultView } from '@cairn/model';
import { ConfirmDeleteButton } from '../../ui/ConfirmDeleteButton';
import { LiveTextField } from '../../ui/LiveTextField';
import { NumberField } from './NumberField';
import { ProgressBar } from './ProgressBar';
import type { KindOperation } from '../useBoardOperation';

interface KeyResultRowProps {
  readonly goalId: string;
  readonly keyResult: KeyResultView;
  readonly readOnly: boolean;
  readonly perform: (operation: KindOperation) => string | null;
}

/** One key result: its measure, start, current and target values, unit and progress bar. */
export function KeyResultRow({ goalId, keyResult, readOnly, perform }: KeyResultRowProps) {
  const { id, name } = keyResult;
  const save = (patch: Parameters<typeof updateKeyResult>[3]) =>
    perform((doc, ctx) => updateKeyResult(doc, goalId, id, patch, ctx));
  return (
    <li className="key-result">
      <div className="key-result__head">
        <LiveTextField
          label="Measure"
          hideLabel
          value={name}
          readOnly={readOnly}
          onSave={(text) => save({ name: text })}
          className="key-result__name"
        />
        {!readOnly && (
          <ConfirmDeleteButton
            what={`key result “${name}”`}
            onDelete={() => {
              perform((doc, ctx) => deleteKeyResult(doc, goalId, id, ctx));
            }}
          />
        )}
      </div>
      <ProgressBar value={keyResult.progress} label={`Progress of ${name}`} />
      <div className="key-result__numbers">
        <NumberField
          label="Start"
          value={keyResult.start}
          readOnly={readOnly}
          onSave={(start) => save({ start })}
        />
        <NumberField
          label="Current"
          value={keyResult.current}
          readOnly={readOnly}
          onSave={(current) => save({ current })}
        />
        <NumberField
          label="Target"
          value={keyResult.target}
          readOnly={readOnly}
          onSave={(target) => save({ target })}
        />
        <LiveTextField
          label="Unit"
          value={keyResult.unit}
          placeholder="e.g. %"
          readOnly={readOnly}
          onSave={(unit) => save({ unit })}
          className="key-result__unit"
        />
      </div>
    </li>
  );
}
