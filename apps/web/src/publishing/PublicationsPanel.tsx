import { useCallback, useId, useState, type FormEvent } from 'react';
import { FetchedStatus } from '../ui/FetchedStatus';
import { RelativeTime } from '../ui/RelativeTime';
import { useFetched } from '../ui/useFetched';
import { HiddenFieldsPicker } from './HiddenFieldsPicker';
import {
  createPublication,
  listPublications,
  revokePublication,
  setHiddenFields,
} from './publishingApi';
import {
  DEFAULT_HIDDEN,
  FIELDS_OF_KIND,
  HIDEABLE_FIELDS,
  type PublishedBoard,
  type CreatedPublication,
  type HideableField,
  type Publication,
} from './publishingTypes';
import { ShownOnce } from '../ui/ShownOnce';
import { useReloadingAction } from './useReloadingAction';

interface PublicationsPanelProps {
  readonly boardId: string;
  readonly kind: PublishedBoard['kind'];
  readonly token: string;
}

function hiddenText(hidden: readonly HideableField[]): string {
  if (hidden.length === 0) return 'Shows every field';
  const labels = HIDEABLE_FIELDS.filter((field) => hidden.includes(field.id)).map((field) =>
    field.label.replace(/ \(.*\)$/, '').toLowerCase(),
  );
  return `Hides ${labels.join(', ')}`;
}

/**
 * Published views of a roadmap: make one (a name and the fields to hide), copy its address once,
 * change what it hides, revoke it. Editors and admins of the board.
 */
export function PublicationsPanel({ boardId, kind, token }: PublicationsPanelProps) {
  const fields = FIELDS_OF_KIND[kind];
  const [label, setLabel] = useState('');
  const [hidden, setHidden] = useState<HideableField[]>([...DEFAULT_HIDDEN]);
  const [created, setCreated] = useState<CreatedPublication | null>(null);
  const [editing, setEditing] = useState<{ id: string; hidden: HideableField[] } | null>(null);
  const labelId = useId();
  const load = useCallback(
    (signal: AbortSignal) => listPublications(token, boardId, signal),
    [token, boardId],
  );
  const { state, reload } = useFetched(load);

  const { busy, error, run } = useReloadingAction(reload);

  const publish = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const trimmed = label.trim();
    run(
      () =>
        createPublication(token, boardId, {
          hidden,
          ...(trimmed === '' ? {} : { label: trimmed }),
        }),
      (made) => {
        setCreated(made);
        setLabel('');
      },
    );
  };

  const working = (publication: Publication) => publication.revokedAt === null;

  return (
    <>
      {created === null ? (
        <form onSubmit={publish} noValidate className="share-form">
          <p className="dialog__lead">
            A published view shows this board, read-only, to anyone with its address: no account
            needed. It follows the board live (refreshed every minute) until you revoke it.
          </p>
          <div className="field">
            <label htmlFor={labelId}>Name (optional)</label>
            <input
              id={labelId}
              type="text"
              dir="auto"
              maxLength={100}
              value={label}
              placeholder="e.g. For customers"
              onChange={(event) => setLabel(event.currentTarget.value)}
            />
          </div>
          <HiddenFieldsPicker
            fields={fields}
            hidden={hidden}
            onChange={setHidden}
            disabled={busy}
          />
          <div className="dialog__actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? 'Publishing…' : 'Publish'}
            </button>
          </div>
        </form>
      ) : (
        <ShownOnce
          label="Published address"
          value={`${window.location.origin}/p/${created.secret}`}
          doneLabel="Publish another view"
          onDone={() => setCreated(null)}
        >
          <p>
            Anyone with this address can read the board without signing in.{' '}
            {hiddenText(created.hidden)}. It is shown only once.
          </p>
        </ShownOnce>
      )}
      <h3 className="share-dialog__heading">Published views</h3>
      <FetchedStatus state={state} what="published views" onRetry={reload} error={error} />
      {state.kind === 'loaded' &&
        (state.value.length === 0 ? (
          <p className="share-list__empty">Not published yet.</p>
        ) : (
          <ul className="share-list" aria-label="Published views">
            {state.value.map((publication) => {
              const name = publication.label === '' ? 'Unnamed view' : publication.label;
              return (
                <li key={publication.id} className="share-list__item publish-item">
                  <div className="share-list__main">
                    <p className="share-list__title" dir="auto">
                      {name}
                    </p>
                    <p className="share-list__meta">
                      {working(publication) ? hiddenText(publication.hidden) : 'Revoked'} ·
                      published by <bdi>{publication.createdBy.name}</bdi>{' '}
                      <RelativeTime ms={publication.createdAt} now={state.at} />
                    </p>
                    {editing?.id === publication.id && (
                      <div className="publish-item__edit">
                        <HiddenFieldsPicker
                          fields={fields}
                          hidden={editing.hidden}
                          onChange={(next) => setEditing({ id: publication.id, hidden: next })}
                          disabled={busy}
                        />
                        <div className="dialog__actions">
                          <button type="button" className="button" onClick={() => setEditing(null)}>
                            Cancel
                          </button>
                          <button
                            type="button"
                            className="button button--primary"
                            disabled={busy}
                            onClick={() =>
                              run(
                                () =>
                                  setHiddenFields(token, boardId, publication.id, editing.hidden),
                                () => setEditing(null),
                              )
                            }
                          >
                            Save
                          </button>
                        </div>
                      </div>
                    )}
                  </div>
                  {working(publication) && editing?.id !== publication.id && (
                    <>
                      <button
                        type="button"
                        className="button button--quiet"
                        aria-label={`Change what ${name} hides`}
                        onClick={() =>
                          setEditing({ id: publication.id, hidden: [...publication.hidden] })
                        }
                      >
                        Hidden fields
                      </button>
                      <button
                        type="button"
                        className="button button--danger-text"
                        aria-label={`Revoke ${name}`}
                        disabled={busy}
                        onClick={() =>
                          run(
                            () => revokePublication(token, boardId, publication.id),
                            () => undefined,
                          )
                        }
                      >
                        Revoke
                      </button>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        ))}
    </>
  );
}
