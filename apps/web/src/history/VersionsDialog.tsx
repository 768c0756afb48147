import { describeChange } from '@cairn/model';
import { useCallback, useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { messageOf } from '../api/messageOf';
import { Dialog } from '../ui/Dialog';
import { FetchedStatus } from '../ui/FetchedStatus';
import { useFetched } from '../ui/useFetched';
import { ComparisonResult } from './ComparisonResult';
import { showComparison } from './comparisonStore';
import {
  compareVersions,
  deleteVersion,
  listVersions,
  NOW,
  restoreAsCopy,
  rollBack,
  saveVersion,
  setSchedule,
} from './historyApi';
import type {
  CopiedBoard,
  RollbackResult,
  SchedulePeriod,
  VersionDiff,
  VersionList,
} from './historyTypes';
import { VersionRow, type VersionPermissions } from './VersionRow';

/** The longest version name the server takes (docs/history.md). */
const NAME_LENGTH = 100;

interface VersionsDialogProps {
  readonly boardId: string;
  readonly token: string;
  readonly permissions: VersionPermissions;
  readonly onClose: () => void;
}

/** What the dialog shows under the list: the last comparison, rollback or copy. */
type Outcome =
  | { readonly kind: 'compared'; readonly diff: VersionDiff }
  | { readonly kind: 'rolled-back'; readonly name: string; readonly result: RollbackResult }
  | { readonly kind: 'copied'; readonly board: CopiedBoard };

/**
 * The board's versions (docs/history.md): save one with a name, schedule automatic ones,
 * compare a version with now or two versions (the board then marks what changed), restore one
 * as a new board, or roll the board back to one. Readers see and compare; editors change.
 */
export function VersionsDialog({ boardId, token, permissions, onClose }: VersionsDialogProps) {
  const load = useCallback(
    (signal: AbortSignal) => listVersions(token, boardId, signal),
    [token, boardId],
  );
  const { state, reload } = useFetched<VersionList>(load);
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<{ id: string; action: string } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [compareFrom, setCompareFrom] = useState('');
  const [compareTo, setCompareTo] = useState(NOW);
  const nameId = useId();
  const scheduleId = useId();
  const fromId = useId();
  const toId = useId();

  /** Runs a call for version `id`, with its row waiting and any failure shown. */
  const run = async (id: string, action: string, call: () => Promise<void>) => {
    setBusy({ id, action });
    setError(null);
    try {
      await call();
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(null);
    }
  };

  const compare = (from: string, to: string) =>
    run(from, 'compare', async () => {
      const diff = await compareVersions(token, boardId, from, to);
      showComparison({ boardId, diff });
      setOutcome({ kind: 'compared', diff });
    });

  const onSave = (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    saveVersion(token, boardId, name).then(
      () => {
        setName('');
        setSaving(false);
        reload();
      },
      (failure: unknown) => {
        setError(messageOf(failure));
        setSaving(false);
      },
    );
  };

  const onSchedule = (every: SchedulePeriod | null) => {
    setError(null);
    setSchedule(token, boardId, every).then(reload, (failure: unknown) =>
      setError(messageOf(failure)),
    );
  };

  const loaded = state.kind === 'loaded' ? state.value : null;
  const versions = loaded?.versions ?? [];
  const tooLong = [...name.trim()].length > NAME_LENGTH;

  return (
    <Dialog title="Versions" onClose={onClose} className="versions-dialog">
      {permissions.canEdit && (
        <form className="versions-dialog__save" onSubmit={onSave}>
          <div className="field">
            <label htmlFor={nameId}>Save the board as it is now</label>
            <div className="field-row">
              <input
                id={nameId}
                type="text"
                placeholder="Version name, e.g. Q3 review"
                value={name}
                maxLength={NAME_LENGTH * 2}
                onChange={(event) => setName(event.target.value)}
                aria-invalid={tooLong}
              />
              <button
                type="submit"
                className="button button--primary"
                disabled={saving || name.trim() === '' || tooLong}
              >
                {saving ? 'Saving…' : 'Save version'}
              </button>
            </div>
            {tooLong && <p className="field-error">At most {NAME_LENGTH} characters.</p>}
          </div>
        </form>
      )}
      {permissions.canEdit && loaded && (
        <div className="field versions-dialog__schedule">
          <label htmlFor={scheduleId}>Automatic versions</label>
          <select
            id={scheduleId}
            value={loaded.schedule?.every ?? ''}
            onChange={(event) => {
              const value = event.target.value;
              onSchedule(value === 'day' || value === 'week' ? value : null);
            }}
          >
            <option value="">Off</option>
            <option value="day">Every day, when the board changed</option>
            <option value="week">Every week, when the board changed</option>
          </select>
        </div>
      )}
      {!permissions.canEdit && loaded?.schedule && (
        <p className="field__hint">
          An automatic version is saved every {loaded.schedule.every} when the board changed.
        </p>
      )}
      <FetchedStatus state={state} what="versions" onRetry={reload} error={error} />
      {loaded && versions.length === 0 && <p className="version-list__empty">No versions yet.</p>}
      {versions.length > 0 && (
        <ul className="version-list" aria-label="Versions">
          {versions.map((version) => (
            <VersionRow
              key={version.id}
              version={version}
              now={state.kind === 'loaded' ? state.at : 0}
              permissions={permissions}
              busy={busy?.id === version.id ? busy.action : null}
              onCompare={() => void compare(version.id, NOW)}
              onCopy={() =>
                void run(version.id, 'copy', async () => {
                  const board = await restoreAsCopy(token, boardId, version.id);
                  setOutcome({ kind: 'copied', board });
                })
              }
              onRollBack={() =>
                void run(version.id, 'rollback', async () => {
                  const result = await rollBack(token, boardId, version.id);
                  setOutcome({ kind: 'rolled-back', name: version.name, result });
                  reload();
                })
              }
              onDelete={() =>
                void run(version.id, 'delete', async () => {
                  await deleteVersion(token, boardId, version.id);
                  reload();
                })
              }
            />
          ))}
        </ul>
      )}
      {versions.length > 1 && (
        <form
          className="versions-dialog__compare"
          onSubmit={(event) => {
            event.preventDefault();
            const from = compareFrom || (versions[versions.length - 1]?.id ?? '');
            if (from !== '') void compare(from, compareTo);
          }}
        >
          <div className="field">
            <label htmlFor={fromId}>Compare</label>
            <select
              id={fromId}
              value={compareFrom || (versions[versions.length - 1]?.id ?? '')}
              onChange={(event) => setCompareFrom(event.target.value)}
            >
              {versions.map((version) => (
                <option key={version.id} value={version.id}>
                  {version.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={toId}>with</label>
            <select
              id={toId}
              value={compareTo}
              onChange={(event) => setCompareTo(event.target.value)}
            >
              <option value={NOW}>The board now</option>
              {versions.map((version) => (
                <option key={version.id} value={version.id}>
                  {version.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button" disabled={busy !== null}>
            Compare
          </button>
        </form>
      )}
      {outcome?.kind === 'compared' && <ComparisonResult diff={outcome.diff} />}
      {outcome?.kind === 'rolled-back' && (
        <section className="version-comparison" role="status" aria-label="Rollback">
          <h3 className="version-comparison__title">
            Rolled back to <bdi>“{outcome.name}”</bdi>
          </h3>
          <p>
            The board as it was before is saved as <bdi>“{outcome.result.before.name}”</bdi>.
          </p>
          {outcome.result.changes.length > 0 && (
            <ul>
              {outcome.result.changes.map((change, index) => (
                <li key={index} dir="auto">
                  {describeChange(change)}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {outcome?.kind === 'copied' && (
        <section className="version-comparison" role="status" aria-label="Copy">
          <p>
            Restored as a new board:{' '}
            <Link to={`/b/${encodeURIComponent(outcome.board.id)}`} onClick={onClose} dir="auto">
              {outcome.board.title}
            </Link>
          </p>
        </section>
      )}
    </Dialog>
  );
}
