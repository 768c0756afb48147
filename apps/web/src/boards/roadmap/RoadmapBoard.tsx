import { SCHEMA_VERSION, type RoadmapView } from '@cairn/model';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ShareDialog } from '../../share/ShareDialog';
import type { PresenceUser } from '../../sync/PresencePeer';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { attemptOperation } from '../attemptOperation';
import type { BoardProps } from '../BoardProps';
import { localUserContext } from '../localUserContext';
import { AddLaneForm } from './AddLaneForm';
import { BoardHeader } from './BoardHeader';
import { DeleteLaneDialog } from './DeleteLaneDialog';
import { ItemEditorDialog } from './ItemEditorDialog';
import { RoadmapContext, type BoardOperation, type Roadmap } from './RoadmapContext';
import { RoadmapGrid } from './RoadmapGrid';
import './roadmap.css';

interface RoadmapBoardProps extends BoardProps {
  readonly view: RoadmapView;
}

/** A synced roadmap board: header, grid, lane form and the dialogs. */
export function RoadmapBoard(props: RoadmapBoardProps) {
  const { boardId, doc, view, status, presence, me } = props;
  const [error, setError] = useState<string | null>(null);
  const [openItemId, setOpenItemId] = useState<string | null>(null);
  const [laneToDelete, setLaneToDelete] = useState<string | null>(null);
  const [sharing, setSharing] = useState(false);
  // A board written by a newer Cairn must not be written by this one (the model refuses too).
  const newerSchema = view.schemaVersion > SCHEMA_VERSION;
  const readOnly = props.readOnly || newerSchema;

  useEffect(() => {
    document.title = view.title === '' ? 'Cairn' : `${view.title} · Cairn`;
    return () => {
      document.title = 'Cairn';
    };
  }, [view.title]);

  const ctx = useMemo(() => localUserContext(me.id), [me.id]);
  const perform = useCallback(
    (operation: BoardOperation) => attemptOperation(() => operation(doc, ctx)),
    [doc, ctx],
  );

  const editorsByItem = useMemo(() => {
    const byItem = new Map<string, PresenceUser[]>();
    for (const peer of presence.peers) {
      if (peer.editing === null) continue;
      const users = byItem.get(peer.editing) ?? [];
      if (!users.some((user) => user.id === peer.user.id)) users.push(peer.user);
      byItem.set(peer.editing, users);
    }
    return byItem;
  }, [presence.peers]);

  const roadmap = useMemo<Roadmap>(
    () => ({
      view,
      readOnly,
      perform,
      reportError: setError,
      editorsOf: (itemId) => editorsByItem.get(itemId) ?? [],
      openItem: setOpenItemId,
      requestDeleteLane: setLaneToDelete,
    }),
    [view, readOnly, perform, editorsByItem],
  );

  const lane = view.lanes.find((candidate) => candidate.id === laneToDelete);

  return (
    <RoadmapContext.Provider value={roadmap}>
      <main className="board-page" data-board-id={boardId}>
        <BoardHeader
          status={status}
          peers={presence.peers}
          onShare={me.role === 'admin' ? () => setSharing(true) : null}
        />
        {newerSchema && (
          <p className="notice" role="alert">
            This board was saved by a newer version of Cairn. Reload the page to edit it.
          </p>
        )}
        {error !== null && <ErrorBanner message={error} onDismiss={() => setError(null)} />}
        <RoadmapGrid />
        {!readOnly && <AddLaneForm />}
      </main>
      {openItemId !== null && (
        <ItemEditorDialog
          itemId={openItemId}
          onClose={() => setOpenItemId(null)}
          setEditing={presence.setEditing}
        />
      )}
      {lane && !readOnly && (
        <DeleteLaneDialog
          lane={lane}
          itemCount={view.items.filter((item) => item.lane === lane.id).length}
          onClose={() => setLaneToDelete(null)}
        />
      )}
      {sharing && <ShareDialog boardId={boardId} onClose={() => setSharing(false)} />}
    </RoadmapContext.Provider>
  );
}
