import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useSession } from '../auth/useSession';
import { parseCommaList } from '../text/parseCommaList';

/** Creates a roadmap board and opens it. Lanes are optional: the server adds "General". */
export function CreateBoardForm() {
  const { api } = useSession();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [lanes, setLanes] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const lanesId = useId();
  const lanesHintId = useId();

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (title.trim() === '') {
      setError('Give the board a title.');
      return;
    }
    setBusy(true);
    setError(null);
    const laneNames = parseCommaList(lanes);
    api
      .createBoard({
        title: title.trim(),
        kind: 'roadmap',
        ...(laneNames.length > 0 ? { lanes: laneNames } : {}),
      })
      .then(
        (board) => {
          void navigate(`/b/${encodeURIComponent(board.id)}`);
        },
        (failure: unknown) => {
          setError(failure instanceof Error ? failure.message : String(failure));
          setBusy(false);
        },
      );
  };

  return (
    <form
      className="create-board"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${titleId}-heading`}
    >
      <h2 id={`${titleId}-heading`} className="create-board__heading">
        New roadmap
      </h2>
      <div className="field">
        <label htmlFor={titleId}>Board title</label>
        <input
          id={titleId}
          type="text"
          dir="auto"
          autoComplete="off"
          placeholder="e.g. Product roadmap 2026"
          value={title}
          onChange={(event) => {
            setTitle(event.target.value);
            setError(null);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={lanesId}>Lanes (optional)</label>
        <input
          id={lanesId}
          type="text"
          dir="auto"
          autoComplete="off"
          placeholder="e.g. Platform, Growth, Mobile"
          aria-describedby={lanesHintId}
          value={lanes}
          onChange={(event) => setLanes(event.target.value)}
        />
        <p id={lanesHintId} className="field__hint">
          Teams or themes, separated by commas. You can change them later.
        </p>
      </div>
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
