import { addLane, SCHEMA_VERSION, type RoadmapView } from '@cairn/model';
import { useId, useMemo, useState } from 'react';
import { canShare } from '../../auth/canShare';
import { ShareDialog } from '../../share/ShareDialog';
import type { PresenceUser } from '../../sync/PresencePeer';
import { AddByNameForm } from '../../ui/AddByNameForm';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import type { BoardProps } from '../BoardProps';
import { KindBoardHeader } from '../KindBoardHeader';
import { NewerSchemaNotice } from '../NewerSchemaNotice';
import { useBoardOperation } from '../useBoardOperation';
import { DeleteLaneDialog } from './DeleteLaneDialog';
import { GroupBySelect } from './GroupBySelect';
import { ItemEditorDialog } from './ItemEditorDialog';
import { ReleaseManager } from './ReleaseManager';
import { RoadmapContext, type Roadmap } from './RoadmapContext';
import { RoadmapViewPanel } from './RoadmapViewPanel';
import type { GroupBy, ViewMode } from './roadmapViewModes';
import { ViewTabs } from './ViewTabs';
import './roadmap.css';

interface RoadmapBoardProps extends BoardProps {
  readonly view: RoadmapView;
}

/** No one else is editing the item: one array, so memoised cards see no change. */
const NO_EDITORS: readonly PresenceUser[] = [];

/** Colour of the local person's caret until the server's presence names one. */
const FALLBACK_CARET_COLOR = '#2563eb';

/**
 * A synced roadmap board: header, the view tabs (Board, Timeline, Table, Prioritise) over one
 * document, the lane form and the dialogs.
 */
export function RoadmapBoard(props: RoadmapBoardProps) {
  const { boardId, doc, view, status, presence, me, awareness } = props;
  const [mode, setMode] = useState<ViewMode>('board');
  const [groupBy, setGroupBy] = useState<GroupBy>('lane');
  const [managingReleases, setManagingReleases] = useState(false);
  const tabsId = useId();
  const [error, setError] = useState<string | null>(null);
  const [openItemId, setOpenItemId] = useState<string | null>(null);
  const [laneToDelete, setLaneToDelete] = useState<string | null>(null);
  const [sharing, setSharing] = useState(false);
  // A board written by a newer Cairn must not be written by this one (the model refuses too).
  const newerSchema = view.schemaVersion > SCHEMA_VERSION;
  const readOnly = props.readOnly || newerSchema;

  useDocumentTitle(view.title);

  const perform = useBoardOperation(doc, me.id);

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

  const caretColor = (awareness?.getLocalState() as { user?: { color?: unknown } } | null)?.user
    ?.color;
  const user = useMemo(
    () => ({
      name: me.name,
      color: typeof caretColor === 'string' ? caretColor : FALLBACK_CARET_COLOR,
    }),
    [me.name, caretColor],
  );

  const roadmap = useMemo<Roadmap>(
    () => ({
      boardId,
      doc,
      awareness,
      user,
      view,
      readOnly,
      perform,
      reportError: setError,
      editorsOf: (itemId) => editorsByItem.get(itemId) ?? NO_EDITORS,
      openItem: setOpenItemId,
      requestDeleteLane: setLaneToDelete,
    }),
    [boardId, doc, awareness, user, view, readOnly, perform, editorsByItem],
  );

  const lane = view.lanes.find((candidate) => candidate.id === laneToDelete);

  return (
    <RoadmapContext.Provider value={roadmap}>
      <main className="board-page" data-board-id={boardId}>
        <KindBoardHeader
          title={view.title}
          readOnly={readOnly}
          status={status}
          peers={presence.peers}
          perform={perform}
          onShare={canShare(props.role) ? () => setSharing(true) : null}
        />
        {newerSchema && <NewerSchemaNotice />}
        {error !== null && <ErrorBanner message={error} onDismiss={() => setError(null)} />}
        <div className="roadmap-toolbar">
          <ViewTabs current={mode} onChange={setMode} idPrefix={tabsId} />
          <div className="roadmap-toolbar__tools">
            {(mode === 'board' || mode === 'timeline') && (
              <GroupBySelect value={groupBy} onChange={setGroupBy} />
            )}
            <button type="button" className="button" onClick={() => setManagingReleases(true)}>
              Releases
              {view.releases.length > 0 && (
                <span className="roadmap-toolbar__count">{` ${view.releases.length}`}</span>
              )}
            </button>
          </div>
        </div>
        <div
          role="tabpanel"
          id={`${tabsId}-panel`}
          aria-labelledby={`${tabsId}-tab-${mode}`}
          className="roadmap-view"
          data-view={mode}
        >
          <RoadmapViewPanel mode={mode} groupBy={groupBy} />
        </div>
        {!readOnly && mode === 'board' && groupBy === 'lane' && (
          // The new lane goes at the bottom of the board.
          <AddByNameForm
            label="New lane"
            placeholder="New lane, e.g. Growth"
            submitText="Add lane"
            onAdd={(name) =>
              perform((d, ctx) => {
                addLane(d, { name }, ctx);
              })
            }
          />
        )}
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
      {managingReleases && <ReleaseManager onClose={() => setManagingReleases(false)} />}
      {sharing && (
        <ShareDialog boardId={boardId} role={props.role} onClose={() => setSharing(false)} />
      )}
    </RoadmapContext.Provider>
  );
}
