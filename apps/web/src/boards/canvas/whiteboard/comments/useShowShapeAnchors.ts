import { useEffect } from 'react';
import type { Editor, TLShapeId } from 'tldraw';
import type { CommentAnchor } from '../../../../api/commentTypes';
import { SHOW_ANCHOR_EVENT } from '../../../../comments/showAnchor';

/** Selects and zooms to a shape when a comment thread on it asks to be shown (showAnchor). */
export function useShowShapeAnchors(editor: Editor): void {
  useEffect(() => {
    const show = (event: Event): void => {
      const anchor = (event as CustomEvent<CommentAnchor>).detail;
      if (anchor.type !== 'shape') return;
      const id = anchor.id as TLShapeId;
      if (!editor.getShape(id)) return;
      editor.select(id);
      editor.zoomToSelection({ animation: { duration: 200 } });
    };
    window.addEventListener(SHOW_ANCHOR_EVENT, show);
    return () => window.removeEventListener(SHOW_ANCHOR_EVENT, show);
  }, [editor]);
}
