import type { CommentAnchor } from '../api/commentTypes';
import { useOptionalComments } from './CommentsContext';
import { pluralThreads } from './pluralThreads';

interface ShowCommentsButtonProps {
  readonly anchor: CommentAnchor;
  /** Runs first: a dialog showing the part closes, so the panel beside the board is usable. */
  readonly onBeforeOpen?: () => void;
}

/** "Comments (2)" for a part shown in a dialog: opens the panel on that part's threads. */
export function ShowCommentsButton({ anchor, onBeforeOpen }: ShowCommentsButtonProps) {
  const comments = useOptionalComments();
  if (comments === null) return null;
  const count = comments.openCountOf(anchor);
  return (
    <button
      type="button"
      className="button"
      aria-label={count > 0 ? `Comments, ${pluralThreads(count, 'open thread')}` : 'Comments'}
      onClick={() => {
        onBeforeOpen?.();
        comments.openPanel({ anchor });
      }}
    >
      Comments{count > 0 ? ` (${count})` : ''}
    </button>
  );
}
