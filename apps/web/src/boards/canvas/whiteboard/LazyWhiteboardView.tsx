import { lazy, Suspense } from 'react';
import type * as Y from 'yjs';

/** tldraw is large: its chunk is fetched the first time someone opens a Whiteboard view. */
const WhiteboardView = lazy(async () => {
  const module = await import('./WhiteboardView');
  return { default: module.WhiteboardView };
});

interface LazyWhiteboardViewProps {
  readonly doc: Y.Doc;
  readonly readOnly: boolean;
}

/** {@link WhiteboardView}, with a placeholder while its code loads. */
export function LazyWhiteboardView({ doc, readOnly }: LazyWhiteboardViewProps) {
  return (
    <Suspense fallback={<p className="whiteboard-loading">Loading the whiteboard…</p>}>
      <WhiteboardView key={doc.guid} doc={doc} readOnly={readOnly} />
    </Suspense>
  );
}
