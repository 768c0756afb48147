import { lazy, Suspense } from 'react';
import type { WhiteboardBoardSession } from './WhiteboardSession';

/**
 * tldraw is large: its chunk is fetched when a canvas board opens, apart from the board's page,
 * so the header shows while it loads and no other kind of board ever fetches it.
 */
const WhiteboardView = lazy(async () => {
  const module = await import('./WhiteboardView');
  return { default: module.WhiteboardView };
});

interface LazyWhiteboardViewProps {
  readonly session: WhiteboardBoardSession;
}

/** {@link WhiteboardView}, with a placeholder while its code loads. */
export function LazyWhiteboardView({ session }: LazyWhiteboardViewProps) {
  return (
    <Suspense fallback={<p className="whiteboard-loading">Loading the whiteboard…</p>}>
      <WhiteboardView key={session.doc.guid} session={session} />
    </Suspense>
  );
}
