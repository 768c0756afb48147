import { Link, useParams } from 'react-router';
import { canEdit } from '../../auth/canEdit';
import { useSession } from '../../auth/useSession';
import { useBoardDocument } from '../../sync/useBoardDocument';
import { usePresence } from '../../sync/usePresence';
import { FullPageMessage } from '../../ui/FullPageMessage';
import { SyncStatusIndicator } from '../../ui/SyncStatusIndicator';
import { describeBoardRefusal } from '../describeBoardRefusal';
import { useBoardView } from '../useBoardView';
import { RoadmapBoard } from './RoadmapBoard';
import './roadmap.css';

/** Route `/b/:id`: connects to the board and shows it once the first sync is done. */
export function RoadmapBoardPage() {
  const { id = '' } = useParams();
  const { token, me } = useSession();
  const board = useBoardDocument(id, token);
  const presence = usePresence(board.provider);
  const view = useBoardView(board.doc);

  if (board.error !== null) {
    const refusal = describeBoardRefusal(board.error);
    return (
      <FullPageMessage title={refusal.title} tone="alert">
        <p>{refusal.explanation}</p>
        <Link className="button" to="/">
          See your boards
        </Link>
      </FullPageMessage>
    );
  }

  if (!board.doc || !view || !board.synced) {
    return (
      <main className="board-page board-page--loading" aria-busy="true">
        <div className="board-header">
          <p className="board-header__title board-header__title--placeholder">Loading board…</p>
          <div className="board-header__tools">
            <SyncStatusIndicator status={board.status} />
          </div>
        </div>
        {board.status === 'offline' && (
          <p className="notice">
            Cannot reach the Cairn server. The board opens as soon as the connection returns.
          </p>
        )}
      </main>
    );
  }

  if (view.schemaVersion === 0) {
    return (
      <FullPageMessage title="Board not found">
        <p>There is no board at this address. It may have been deleted, or the link mistyped.</p>
        <Link className="button" to="/">
          See your boards
        </Link>
      </FullPageMessage>
    );
  }

  return (
    <RoadmapBoard
      key={id}
      boardId={id}
      doc={board.doc}
      view={view}
      status={board.status}
      presence={presence}
      me={me}
      readOnly={!canEdit(me.role) || board.readOnly}
    />
  );
}
