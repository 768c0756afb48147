import { useOptionalComments } from './CommentsContext';
import { pluralThreads } from './pluralThreads';
import './comments.css';

/** The header's "Comments" button with the board's open-thread count; toggles the panel. */
export function CommentsButton() {
  const comments = useOptionalComments();
  if (comments === null) return null;
  const { openCount, panel, openPanel, closePanel } = comments;
  return (
    <button
      type="button"
      className="button comments-button"
      aria-expanded={panel.open}
      aria-label={
        openCount > 0 ? `Comments, ${pluralThreads(openCount, 'open thread')}` : 'Comments'
      }
      onClick={() => (panel.open ? closePanel() : openPanel())}
      data-testid="comments-button"
    >
      Comments
      {openCount > 0 && (
        <span className="comment-count" data-testid="comments-open-count" aria-hidden="true">
          {openCount}
        </span>
      )}
    </button>
  );
}
