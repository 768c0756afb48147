import { useMemo, useState } from 'react';
import { Tldraw, type Editor } from 'tldraw';
import 'tldraw/tldraw.css';
import { CardsMenu } from './cards/CardsMenu';
import { ShapeCommentBadges } from './comments/ShapeCommentBadges';
import { ShapeCommentButton } from './comments/ShapeCommentButton';
import { ExportMenu } from './export/ExportMenu';
import { FacilitationControls } from './facilitation/FacilitationControls';
import { useNotesMigration } from './migration/useNotesMigration';
import { useWhiteboardPresence } from './presence/useWhiteboardPresence';
import { useWhiteboardUser } from './presence/useWhiteboardUser';
import { WHITEBOARD_SHAPE_UTILS } from './shapes/whiteboardShapeUtils';
import { TemplatesMenu } from './templates/TemplatesMenu';
import { useTldrawLicenseKey } from './useTldrawLicenseKey';
import { useWhiteboardStore } from './useWhiteboardStore';
import { WHITEBOARD_ASSET_URLS } from './whiteboardAssetUrls';
import { WHITEBOARD_COMPONENTS } from './whiteboardComponents';
import {
  WhiteboardSessionContext,
  type WhiteboardBoardSession,
  type WhiteboardSession,
} from './WhiteboardSession';
import './whiteboard.css';

interface WhiteboardViewProps {
  readonly session: WhiteboardBoardSession;
}

/**
 * The canvas board as a tldraw whiteboard, live for everyone on the board. Loaded lazily (see
 * `LazyWhiteboardView`), so tldraw and its CSS reach only people who open a canvas board.
 * tldraw's licence key comes from the server at run time (TLDRAW_LICENSE_KEY); localhost and
 * tests need none.
 */
export function WhiteboardView({ session: board }: WhiteboardViewProps) {
  const state = useWhiteboardStore(board.doc, board.readOnly, board.me);
  const loading = state.kind !== 'connected' || state.loading;
  const session = useMemo<WhiteboardSession>(() => ({ ...board, loading }), [board, loading]);
  const licenseKey = useTldrawLicenseKey();
  const [editor, setEditor] = useState<Editor | null>(null);
  const user = useWhiteboardUser(session.me);
  useWhiteboardPresence(editor, session);
  useNotesMigration(editor, session);

  switch (state.kind) {
    case 'binding':
      return <div className="whiteboard" data-testid="whiteboard" data-state="binding" />;
    case 'needs-reload':
      return (
        <div className="whiteboard" data-testid="whiteboard" data-state="needs-reload">
          <p role="alert" className="whiteboard__reload">
            This whiteboard was saved by a newer version of Cairn. Reload the page to keep working
            on it.
          </p>
        </div>
      );
    case 'connected':
      return (
        <WhiteboardSessionContext.Provider value={session}>
          <div className="whiteboard-frame">
            {editor && (
              <div className="whiteboard-bar" role="toolbar" aria-label="Whiteboard">
                <TemplatesMenu editor={editor} />
                <CardsMenu editor={editor} />
                <FacilitationControls editor={editor} />
                <ExportMenu editor={editor} />
                <ShapeCommentButton editor={editor} />
              </div>
            )}
            <div
              className="whiteboard"
              data-testid="whiteboard"
              data-state={loading ? 'loading' : 'connected'}
            >
              <Tldraw
                store={state.store}
                user={user}
                shapeUtils={WHITEBOARD_SHAPE_UTILS}
                components={WHITEBOARD_COMPONENTS}
                assetUrls={WHITEBOARD_ASSET_URLS}
                onMount={(mounted) => {
                  setEditor(mounted);
                  state.editorMounted();
                }}
                {...(licenseKey ? { licenseKey } : {})}
              />
              {editor && <ShapeCommentBadges editor={editor} />}
            </div>
          </div>
        </WhiteboardSessionContext.Provider>
      );
  }
}
