import { useMemo } from 'react';
import { useValue, type Editor } from 'tldraw';
import { CommentCountBadge } from '../../../../comments/CommentCountBadge';
import { useOptionalComments } from '../../../../comments/CommentsContext';
import { shapeBadgeSpots } from './shapeCommentName';
import { useShowShapeAnchors } from './useShowShapeAnchors';

interface ShapeCommentBadgesProps {
  readonly editor: Editor;
}

/**
 * Every shape with open threads gets their count on its top-left corner, opening the panel; a
 * thread's "On <shape>" in the panel selects and zooms to its shape.
 */
export function ShapeCommentBadges({ editor }: ShapeCommentBadgesProps) {
  useShowShapeAnchors(editor);
  const comments = useOptionalComments();
  const threads = comments?.threads;
  // A stable, sorted list, so the spots are recomputed only when anchors change.
  const idsKey = useMemo(() => {
    const ids = new Set<string>();
    for (const thread of threads ?? []) {
      if (!thread.resolved && thread.anchor?.type === 'shape') ids.add(thread.anchor.id);
    }
    return [...ids].sort().join('\n');
  }, [threads]);
  const spots = useValue(
    'comment badge spots',
    () => (idsKey === '' ? [] : shapeBadgeSpots(editor, idsKey.split('\n'))),
    [editor, idsKey],
  );
  if (spots.length === 0) return null;
  return (
    <div className="shape-comment-badges">
      {spots.map((spot) => (
        <span
          key={spot.shapeId}
          className="shape-comment-badges__spot"
          style={{ left: spot.x, top: spot.y }}
          data-shape-id={spot.shapeId}
        >
          <CommentCountBadge anchor={{ type: 'shape', id: spot.shapeId }} title={spot.name} />
        </span>
      ))}
    </div>
  );
}
