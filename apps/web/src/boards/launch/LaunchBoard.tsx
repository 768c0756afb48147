import { addTrack, readLaunch, SCHEMA_VERSION } from '@cairn/model';
import { useMemo, useState } from 'react';
import { canShare } from '../../auth/canShare';
import { ShareDialog } from '../../share/ShareDialog';
import { AddByNameForm } from '../../ui/AddByNameForm';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import type { BoardProps } from '../BoardProps';
import { NewerSchemaNotice } from '../NewerSchemaNotice';
import { useBoardOperation } from '../useBoardOperation';
import { useDocView } from '../useDocView';
import { LaunchContext, type Launch } from './LaunchContext';
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
  const [sharing, setSharing] = useState(false);
  const newerSchema = (view?.schemaVersion ?? 0) > SCHEMA_VERSION;
  const readOnly = props.readOnly || newerSchema;
  const title = view?.title ?? '';

  useDocumentTitle(title);

  const perform = useBoardOperation(doc, me.id);

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
        <LaunchHeader
          status={status}
          peers={presence.peers}
          onShare={canShare(props.role) ? () => setSharing(true) : null}
        />
        {newerSchema && <NewerSchemaNotice />}
        {error !== null && <ErrorBanner message={error} onDismiss={() => setError(null)} />}
        <BoardLinks boardId={boardId} doc={doc} title="Roadmap releases launched by this plan" />
        <div className="launch-tracks">
          {tracks.map((track, index) => (
            <TrackSection key={track.id} track={track} index={index} trackCount={tracks.length} />
          ))}
        </div>
        {!readOnly && (
          // The new track goes after the last one.
          <AddByNameForm
            label="New track"
            placeholder="New track, e.g. Legal"
            submitText="Add track"
            onAdd={(name) =>
              perform((d, ctx) => {
                addTrack(d, { name }, ctx);
              })
            }
          />
        )}
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
      {sharing && (
        <ShareDialog boardId={boardId} role={props.role} onClose={() => setSharing(false)} />
      )}
    </LaunchContext.Provider>
  );
}
