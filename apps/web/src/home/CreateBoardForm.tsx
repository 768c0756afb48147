import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useSession } from '../auth/useSession';
import { parseCommaList } from '../text/parseCommaList';
import { HOME_KINDS, KIND_NAMES, type HomeKind } from './boardKinds';
import {
  createBoardRequest,
  LAUNCH_TEMPLATE_CHOICES,
  type LaunchTemplateChoice,
} from './createBoardRequest';

/**
 * Creates a board of any kind and opens it. Roadmaps may name their lanes (the server adds
 * "General" otherwise); launch plans take a launch date and a template. A refusal from the
 * server (a bad date, say) shows inline and keeps what was typed.
 */
export function CreateBoardForm() {
  const { api } = useSession();
  const navigate = useNavigate();
  const [kind, setKind] = useState<HomeKind>('roadmap');
  const [title, setTitle] = useState('');
  const [lanes, setLanes] = useState('');
  const [launchDate, setLaunchDate] = useState('');
  const [template, setTemplate] = useState<LaunchTemplateChoice>('go-to-market');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const formId = useId();

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (title.trim() === '') {
      setError('Give the board a title.');
      return;
    }
    setBusy(true);
    setError(null);
    const request = createBoardRequest({
      kind,
      title,
      lanes: parseCommaList(lanes),
      launchDate,
      template,
    });
    api.createBoard(request).then(
      (board) => {
        void navigate(`/b/${encodeURIComponent(board.id)}`);
      },
      (failure: unknown) => {
        setError(failure instanceof Error ? failure.message : String(failure));
        setBusy(false);
      },
    );
  };

  const clearError = () => setError(null);

  return (
    <form
      className="create-board"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${formId}-heading`}
    >
      <h2 id={`${formId}-heading`} className="create-board__heading">
        New board
      </h2>
      <div className="field">
        <label htmlFor={`${formId}-kind`}>Kind</label>
        <select
          id={`${formId}-kind`}
          value={kind}
          onChange={(event) => {
            setKind(event.target.value as HomeKind);
            clearError();
          }}
        >
          {HOME_KINDS.map((option) => (
            <option key={option} value={option}>
              {KIND_NAMES[option].one}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${formId}-title`}>Board title</label>
        <input
          id={`${formId}-title`}
          type="text"
          dir="auto"
          autoComplete="off"
          placeholder="e.g. Product roadmap 2026"
          value={title}
          onChange={(event) => {
            setTitle(event.target.value);
            clearError();
          }}
        />
      </div>
      {kind === 'roadmap' && (
        <div className="field">
          <label htmlFor={`${formId}-lanes`}>Lanes (optional)</label>
          <input
            id={`${formId}-lanes`}
            type="text"
            dir="auto"
            autoComplete="off"
            placeholder="e.g. Platform, Growth, Mobile"
            aria-describedby={`${formId}-lanes-hint`}
            value={lanes}
            onChange={(event) => setLanes(event.target.value)}
          />
          <p id={`${formId}-lanes-hint`} className="field__hint">
            Teams or themes, separated by commas. You can change them later.
          </p>
        </div>
      )}
      {kind === 'launch' && (
        <>
          <div className="field">
            <label htmlFor={`${formId}-date`}>Launch date</label>
            <input
              id={`${formId}-date`}
              type="date"
              aria-describedby={`${formId}-date-hint`}
              value={launchDate}
              onChange={(event) => {
                setLaunchDate(event.target.value);
                clearError();
              }}
            />
            <p id={`${formId}-date-hint`} className="field__hint">
              Optional: eight weeks from today if left empty.
            </p>
          </div>
          <div className="field">
            <label htmlFor={`${formId}-template`}>Template</label>
            <select
              id={`${formId}-template`}
              value={template}
              onChange={(event) => setTemplate(event.target.value as LaunchTemplateChoice)}
            >
              {LAUNCH_TEMPLATE_CHOICES.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
          </div>
        </>
      )}
      {error !== null && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? 'Creating…' : 'Create board'}
      </button>
    </form>
  );
}
