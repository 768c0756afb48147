import { readLaunch, SCHEMA_VERSION } from '@cairn/model';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { attemptOperation } from '../attemptOperation';
import type { BoardProps } from '../BoardProps';
import { localUserContext } from '../localUserContext';
import { useDocView } from '../useDocView';
import { AddTrackForm } from './AddTrackForm';
import { LaunchContext, type Launch, type LaunchOperation } from './LaunchContext';
import { LaunchHeader } from './LaunchHeader';
import { BoardLinks } from '../../links/BoardLinks';
import { TaskDialog } from './TaskDialog';
import { TrackSection } from './TrackSection';
import './launch.css';

/** A synced launch board: header with date, tier and readiness; tracks as columns; task dialog. */
export function LaunchBoard(props: BoardProps) {
  const { boardId, doc, status, presence, awareness, me } = props;
  const view = useDocView(doc, readLaunch);
  const [error, setError] = useState<string | null>(null);
  const [openTaskId, setOpenTaskId] = useState<string | null>(null);
  const newerSchema = (view?.schemaVersion ?? 0) > SCHEMA_VERSION;
  const readOnly = props.readOnly || newerSchema;
  const title = view?.title ?? '';

  useEffect(() => {
    document.title = title === '' ? 'Cairn' : `${title} · Cairn`;
    return () => {
      document.title = 'Cairn';
    };
  }, [title]);

  const ctx = useMemo(() => localUserContext(me.id), [me.id]);
  const perform = useCallback(
    (operation: LaunchOperation) => attemptOperation(() => operation(doc, ctx)),
    [doc, ctx],
  );

  const launch = useMemo<Launch | null>(
    () =>
      view && {
        view,
        readOnly,
        perform,
        reportError: setError,
        openTask: setOpenTaskId,
      },
    [view, readOnly, perform],
  );

  if (!launch) return null;
  const { tracks } = launch.view;

  return (
    <LaunchContext.Provider value={launch}>
      <main className="board-page launch-page" data-board-id={boardId}>
        <LaunchHeader status={status} peers={presence.peers} />
        {newerSchema && (
          <p className="notice" role="alert">
            This board was saved by a newer version of Cairn. Reload the page to edit it.
          </p>
        )}
        {error !== null && <ErrorBanner message={error} onDismiss={() => setError(null)} />}
        <BoardLinks boardId={boardId} doc={doc} title="Roadmap releases launched by this plan" />
        <div className="launch-tracks">
          {tracks.map((track, index) => (
            <TrackSection key={track.id} track={track} index={index} trackCount={tracks.length} />
          ))}
        </div>
        {!readOnly && <AddTrackForm />}
      </main>
      {openTaskId !== null && (
        <TaskDialog
          boardId={boardId}
          doc={doc}
          taskId={openTaskId}
          awareness={awareness}
          user={{ name: me.name, color: me.color }}
          onClose={() => setOpenTaskId(null)}
          setEditing={presence.setEditing}
        />
      )}
    </LaunchContext.Provider>
  );
}
