import {
  deleteTask,
  formatLaunchDate,
  addCalendarDays,
  LAUNCH_LIMITS,
  TASK_STATUSES,
  updateTask,
  type LaunchItemView,
  type TaskFieldsInput,
  type TaskStatus,
} from '@cairn/model';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { EditorFormActions } from '../../ui/EditorFormActions';
import { submitOnModEnter } from '../../ui/submitOnModEnter';
import { TASK_STATUS_LABEL } from './launchLabels';
import { useLaunch } from './useLaunch';
import { performThenClose } from '../performThenClose';

/** The form's fields as typed; the offset as text so a half-typed "-" is allowed. */
interface Draft {
  readonly title: string;
  readonly owner: string;
  readonly status: TaskStatus;
  readonly track: string;
  readonly offsetDays: string;
}

type Patch = { -readonly [K in keyof TaskFieldsInput]: TaskFieldsInput[K] };

interface TaskEditorFormProps {
  /** The live task: fields this person has not touched follow other people's edits. */
  readonly task: LaunchItemView;
  /** The live description editor, edited in place (not by Save). */
  readonly description: ReactNode;
  readonly onClose: () => void;
}

/**
 * Edits a task. Only the fields this person changed are written, in one updateTask call, so a
 * concurrent edit of another field (or of the launch date) survives. Save, or Ctrl/⌘+Enter,
 * writes and closes; Cancel or Escape drops the changes. The description is live rich text.
 */
export function TaskEditorForm({ task, description, onClose }: TaskEditorFormProps) {
  const { view, perform } = useLaunch();
  const [edits, setEdits] = useState<Partial<Draft>>({});
  const [error, setError] = useState<string | null>(null);
  const ids = { title: useId(), owner: useId(), status: useId(), track: useId(), offset: useId() };
  const offsetHintId = useId();
  const errorId = useId();

  const draft: Draft = {
    title: edits.title ?? task.title,
    owner: edits.owner ?? task.owner,
    status: edits.status ?? task.status,
    track: edits.track ?? task.track,
    offsetDays: edits.offsetDays ?? String(task.offsetDays),
  };
  const edit = <Field extends keyof Draft>(field: Field, value: Draft[Field]): void => {
    setEdits((current) => ({ ...current, [field]: value }));
    setError(null);
  };
  const offset = Number(draft.offsetDays);
  const offsetIsWhole = draft.offsetDays.trim() !== '' && Number.isInteger(offset);
  const previewDue =
    offsetIsWhole && Math.abs(offset) <= LAUNCH_LIMITS.maxOffsetDays
      ? formatLaunchDate(addCalendarDays(view.launchDate, offset))
      : null;

  const buildPatch = (): Patch | string => {
    const patch: Patch = {};
    if (edits.title !== undefined && edits.title.trim() !== task.title) patch.title = edits.title;
    if (edits.owner !== undefined && edits.owner.trim() !== task.owner) patch.owner = edits.owner;
    if (edits.status !== undefined && edits.status !== task.status) patch.status = edits.status;
    if (edits.track !== undefined && edits.track !== task.track) patch.track = edits.track;
    if (edits.offsetDays !== undefined) {
      if (!offsetIsWhole) return 'Days from launch must be a whole number, e.g. -14 or 7.';
      if (offset !== task.offsetDays) patch.offsetDays = offset;
    }
    return patch;
  };

  const save = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const patch = buildPatch();
    if (typeof patch === 'string') {
      setError(patch);
      return;
    }
    if (Object.keys(patch).length === 0) {
      onClose();
      return;
    }
    performThenClose(
      perform,
      (doc, ctx) => updateTask(doc, task.id, patch, ctx),
      onClose,
      setError,
    );
  };

  const remove = (): void => {
    performThenClose(perform, (doc, ctx) => deleteTask(doc, task.id, ctx), onClose, setError);
  };

  return (
    <form className="item-form" onSubmit={save} onKeyDown={submitOnModEnter} noValidate>
      <div className="field">
        <label htmlFor={ids.title}>Title</label>
        <input
          id={ids.title}
          type="text"
          dir="auto"
          autoComplete="off"
          autoFocus
          required
          value={draft.title}
          aria-describedby={error !== null ? errorId : undefined}
          onChange={(event) => edit('title', event.target.value)}
        />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.owner}>Owner</label>
          <input
            id={ids.owner}
            type="text"
            dir="auto"
            autoComplete="off"
            value={draft.owner}
            onChange={(event) => edit('owner', event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.status}>Status</label>
          <select
            id={ids.status}
            value={draft.status}
            onChange={(event) => {
              const status = TASK_STATUSES.find((known) => known === event.target.value);
              if (status) edit('status', status);
            }}
          >
            {TASK_STATUSES.map((status) => (
              <option key={status} value={status}>
                {TASK_STATUS_LABEL[status]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.track}>Track</label>
          <select
            id={ids.track}
            value={draft.track}
            onChange={(event) => edit('track', event.target.value)}
          >
            {view.tracks.map((track) => (
              <option key={track.id} value={track.id}>
                {track.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.offset}>Days from launch</label>
          <input
            id={ids.offset}
            type="number"
            inputMode="numeric"
            step={1}
            min={-LAUNCH_LIMITS.maxOffsetDays}
            max={LAUNCH_LIMITS.maxOffsetDays}
            value={draft.offsetDays}
            aria-describedby={offsetHintId}
            onChange={(event) => edit('offsetDays', event.target.value)}
          />
          <p id={offsetHintId} className="field__hint">
            Negative before launch day (-14 is T-14d).
            {previewDue !== null && ` Due ${previewDue}.`}
          </p>
        </div>
      </div>
      {description}
      {error !== null && (
        <p id={errorId} className="form-error" role="alert">
          {error}
        </p>
      )}
      <EditorFormActions noun="task" title={task.title} onDelete={remove} onCancel={onClose} />
    </form>
  );
}
