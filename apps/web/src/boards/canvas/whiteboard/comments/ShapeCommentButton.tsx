import { useEffect } from 'react';
import { useValue, type Editor } from 'tldraw';
import { canComment } from '../../../../comments/commentPermissions';
import { useOptionalComments } from '../../../../comments/CommentsContext';
import { pluralThreads } from '../../../../comments/pluralThreads';
import { shapeCommentName } from './shapeCommentName';

interface ShapeCommentButtonProps {
  readonly editor: Editor;
}

/**
 * "Comment" in the whiteboard's toolbar: opens the comments panel on the one selected shape (its
 * threads and a form for a new one). While mounted, it also names shapes for the panel.
 */
export function ShapeCommentButton({ editor }: ShapeCommentButtonProps) {
  const comments = useOptionalComments();
  const register = comments?.registerShapeNamer;
  const selected = useValue('only selected shape', () => editor.getOnlySelectedShapeId(), [editor]);

  useEffect(() => register?.((shapeId) => shapeCommentName(editor, shapeId)), [register, editor]);

  if (comments === null) return null;
  const anchor = selected === null ? null : ({ type: 'shape', id: selected } as const);
  const count = anchor === null ? 0 : comments.openCountOf(anchor);
  const usable = anchor !== null && (count > 0 || canComment(comments.role));
  return (
    <button
      type="button"
      className="button"
      disabled={!usable}
      aria-label={
        count > 0
          ? `Comment on the selected shape, ${pluralThreads(count, 'open thread')}`
          : 'Comment on the selected shape'
      }
      title={anchor === null ? 'Select one shape to comment on it' : undefined}
      onClick={() => {
        if (anchor !== null) comments.openPanel({ anchor });
      }}
    >
      Comment
      {count > 0 && (
        <span className="comment-count" aria-hidden="true">
          {count}
        </span>
      )}
    </button>
  );
}
