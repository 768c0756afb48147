import { RELEASE_TYPES, type ReleaseType } from '@cairn/model';
import { useId, useState, type FormEvent } from 'react';

/** A release's fields as typed. */
export interface ReleaseDraft {
  readonly name: string;
  readonly date: string;
  readonly type: ReleaseType;
}

interface ReleaseFormProps {
  readonly initial: ReleaseDraft;
  readonly submitLabel: string;
  /** Writes the release; returns the refusal message, or null on success. */
  readonly onSubmit: (draft: ReleaseDraft) => string | null;
  readonly onCancel?: () => void;
}

/** Name, date and type of a milestone or release, for adding one or changing it. */
export function ReleaseForm({ initial, submitLabel, onSubmit, onCancel }: ReleaseFormProps) {
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const ids = { name: useId(), date: useId(), type: useId(), error: useId() };
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const message = onSubmit(draft);
    setError(message);
    if (message === null && !onCancel) setDraft(initial);
  };
  const change = (patch: Partial<ReleaseDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setError(null);
  };
  return (
    <form className="release-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={ids.name}>Release name</label>
        <input
          id={ids.name}
          type="text"
          dir="auto"
          autoComplete="off"
          value={draft.name}
          aria-describedby={error !== null ? ids.error : undefined}
          onChange={(event) => change({ name: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.date}>Release date</label>
        <input
          id={ids.date}
          type="date"
          value={draft.date}
          onChange={(event) => change({ date: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.type}>Kind</label>
        <select
          id={ids.type}
          value={draft.type}
          onChange={(event) => {
            const type = RELEASE_TYPES.find((known) => known === event.target.value);
            if (type) change({ type });
          }}
        >
          {RELEASE_TYPES.map((type) => (
            <option key={type} value={type}>
              {type === 'release' ? 'Release' : 'Milestone'}
            </option>
          ))}
        </select>
      </div>
      <div className="release-form__actions">
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" className="button button--primary">
          {submitLabel}
        </button>
      </div>
      {error !== null && (
        <p id={ids.error} className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
