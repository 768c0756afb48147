import { readMeta, SCHEMA_VERSION } from '@cairn/model';
import { useCallback, useMemo, useState } from 'react';
import { canShare } from '../../auth/canShare';
import { ShareDialog } from '../../share/ShareDialog';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import type { BoardProps } from '../BoardProps';
import { KindBoardHeader } from '../KindBoardHeader';
import { NewerSchemaNotice } from '../NewerSchemaNotice';
import { useBoardOperation, type KindOperation } from '../useBoardOperation';
import { useDocView } from '../useDocView';
import { LazyWhiteboardView } from './whiteboard/LazyWhiteboardView';

/**
 * A synced canvas board: the shared header above a tldraw whiteboard, live for everyone on the
 * board. Notes from older boards and from the REST API become stickies as the whiteboard opens.
 */
export function CanvasBoard({
  boardId,
  doc,
  status,
  presence,
  awareness,
  stateless,
  me,
  role,
  readOnly: roleReadOnly,
}: BoardProps) {
  const view = useDocView(doc, readMeta);
  const [error, setError] = useState<string | null>(null);
  const [sharing, setSharing] = useState(false);
  // A board written by a newer Cairn must not be written by this one (the model refuses too).
  const newerSchema = (view?.schemaVersion ?? 0) > SCHEMA_VERSION;
  const readOnly = roleReadOnly || newerSchema;

  useDocumentTitle(view?.title ?? '');

  const session = useMemo(
    () => ({ boardId, doc, me, role, awareness, stateless, readOnly }),
    [boardId, doc, me, role, awareness, stateless, readOnly],
  );

  const attempt = useBoardOperation(doc, me.id);
  const perform = useCallback(
    (operation: KindOperation) => {
      const message = attempt(operation);
      if (message !== null) setError(message);
      return message;
    },
    [attempt],
  );

  if (!view) return null;

  return (
    <main className="board-page" data-board-id={boardId}>
      <KindBoardHeader
        title={view.title}
        readOnly={readOnly}
        status={status}
        peers={presence.peers}
        perform={perform}
        onShare={canShare(role) ? () => setSharing(true) : null}
      />
      {newerSchema && <NewerSchemaNotice />}
      {error !== null && <ErrorBanner message={error} onDismiss={() => setError(null)} />}
      <LazyWhiteboardView session={session} />
      {sharing && <ShareDialog boardId={boardId} role={role} onClose={() => setSharing(false)} />}
    </main>
  );
}
