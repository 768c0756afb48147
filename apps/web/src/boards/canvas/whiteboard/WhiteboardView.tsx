import { Tldraw } from 'tldraw';
import 'tldraw/tldraw.css';
import type * as Y from 'yjs';
import { useTldrawLicenseKey } from './useTldrawLicenseKey';
import { useWhiteboardStore } from './useWhiteboardStore';
import { WHITEBOARD_ASSET_URLS } from './whiteboardAssetUrls';
import './whiteboard.css';

interface WhiteboardViewProps {
  readonly doc: Y.Doc;
  readonly readOnly: boolean;
}

/**
 * The canvas board as a tldraw whiteboard, live for everyone on the board. Loaded lazily (see
 * `LazyWhiteboardView`), so tldraw and its CSS reach only people who open this view.
 * tldraw's licence key comes from the server at run time (TLDRAW_LICENSE_KEY); localhost and
 * tests need none.
 */
export function WhiteboardView({ doc, readOnly }: WhiteboardViewProps) {
  const state = useWhiteboardStore(doc, readOnly);
  const licenseKey = useTldrawLicenseKey();
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
        <div className="whiteboard" data-testid="whiteboard" data-state="connected">
          <Tldraw
            store={state.store}
            assetUrls={WHITEBOARD_ASSET_URLS}
            {...(licenseKey ? { licenseKey } : {})}
          />
        </div>
      );
  }
}
