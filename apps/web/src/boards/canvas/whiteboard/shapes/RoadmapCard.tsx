import {
  ITEM_STATUSES,
  readKind,
  readRoadmap,
  updateItem,
  type ItemFieldsInput,
  type ItemStatus,
} from '@cairn/model';
import { useState } from 'react';
import { useIsEditing } from 'tldraw';
import type * as Y from 'yjs';
import { useSession } from '../../../../auth/useSession';
import { useLinkedBoard } from '../../../../sync/useLinkedBoard';
import { LiveTextField } from '../../../../ui/LiveTextField';
import { attemptOperation } from '../../../attemptOperation';
import { localUserContext } from '../../../localUserContext';
import { ITEM_STATUS_LABEL } from '../../../roadmap/itemStatusLabel';
import { useWhiteboardSession } from '../WhiteboardSession';
import { cachedLinkedReader } from './cachedLinkedReader';
import { LinkedCardFrame, LinkedCardNotice } from './LinkedCardFrame';
import type { RoadmapCardShape } from './linkedCardShapes';

const readLinkedRoadmap = cachedLinkedReader((doc: Y.Doc) =>
  readKind(doc) === 'roadmap' ? readRoadmap(doc) : null,
);

interface RoadmapCardProps {
  readonly shape: RoadmapCardShape;
}

/**
 * A roadmap item on the whiteboard, live: its title, status and lane as the roadmap holds them
 * now. While the card is edited (double-click), its title and status write to the roadmap.
 */
export function RoadmapCard({ shape }: RoadmapCardProps) {
  const { boardId, itemId, placedTitle } = shape.props;
  const { token } = useSession();
  const session = useWhiteboardSession();
  const board = useLinkedBoard(token, boardId);
  const roadmap = readLinkedRoadmap(board);
  const editing = useIsEditing(shape.id);
  const [error, setError] = useState<string | null>(null);

  const item = roadmap?.items.find((candidate) => candidate.id === itemId);
  if (board.status !== 'ready' || !item) {
    return (
      <LinkedCardFrame kind="Roadmap item" title={placedTitle} editing={false}>
        <p
          className={`linked-card__title${board.status === 'connecting' ? '' : ' linked-card__title--past'}`}
          dir="auto"
        >
          {placedTitle}
        </p>
        <LinkedCardNotice board={board} noun="item" wrongKind={roadmap === null} />
      </LinkedCardFrame>
    );
  }

  const lane = roadmap?.lanes.find((candidate) => candidate.id === item.lane)?.name ?? '';
  const canWrite = !session.readOnly && !board.readOnly;
  const update = (patch: ItemFieldsInput): string | null =>
    attemptOperation(() => updateItem(board.doc, itemId, patch, localUserContext(session.me.id)));

  return (
    <LinkedCardFrame kind="Roadmap item" title={item.title} editing={editing && canWrite}>
      {editing && canWrite ? (
        <>
          <LiveTextField
            label="Title"
            value={item.title}
            readOnly={false}
            onSave={(title) => update({ title })}
          />
          <label className="linked-card__field">
            <span>Status</span>
            <select
              value={item.status}
              onChange={(event) => {
                const status = ITEM_STATUSES.find((known) => known === event.target.value);
                if (status) setError(update({ status }));
              }}
            >
              {ITEM_STATUSES.map((status: ItemStatus) => (
                <option key={status} value={status}>
                  {ITEM_STATUS_LABEL[status]}
                </option>
              ))}
            </select>
          </label>
        </>
      ) : (
        <>
          <p className="linked-card__title" dir="auto">
            {item.title}
          </p>
          <p className="linked-card__meta">
            <span className="linked-card__status" data-status={item.status}>
              {ITEM_STATUS_LABEL[item.status]}
            </span>
            <span className="linked-card__lane" dir="auto">
              {lane}
            </span>
          </p>
        </>
      )}
      {editing && !canWrite && (
        <p className="linked-card__notice">You can read this item but not change it.</p>
      )}
      {error !== null && (
        <p className="linked-card__notice linked-card__notice--problem" role="alert">
          {error}
        </p>
      )}
    </LinkedCardFrame>
  );
}
