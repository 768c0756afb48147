import type { KeyboardEvent, PointerEvent, SyntheticEvent } from 'react';
import type { CommentAnchor } from '../api/commentTypes';
import { canComment } from './commentPermissions';
import { useOptionalCommentBadges } from './CommentsContext';
import { pluralThreads } from './pluralThreads';
import './comments.css';

interface CommentCountBadgeProps {
  readonly anchor: CommentAnchor;
  /** The part's name, for the label of the "comment" button shown while it has no threads. */
  readonly title: string;
}

/** Keeps a press on the badge from also opening, selecting or dragging the card around it. */
const stop = (event: SyntheticEvent): void => event.stopPropagation();

/**
 * The open-thread count of a board part ("2 comment threads"), opening the panel on its
 * threads; with none, a quiet button to start one (not shown to viewers, who cannot).
 */
export function CommentCountBadge({ anchor, title }: CommentCountBadgeProps) {
  const comments = useOptionalCommentBadges();
  if (comments === null) return null;
  const count = comments.openCountOf(anchor);
  if (count === 0 && !canComment(comments.role)) return null;
  const label = count > 0 ? pluralThreads(count, 'comment thread') : `Comment on ${title}`;
  return (
    <button
      type="button"
      className={count > 0 ? 'comment-badge' : 'comment-badge comment-badge--empty'}
      aria-label={label}
      title={count > 0 ? `${label} on ${title}` : label}
      data-testid="comment-badge"
      data-anchor-id={anchor.id}
      data-count={count}
      onPointerDown={stop}
      onMouseDown={stop}
      onKeyDown={(event: KeyboardEvent) => {
        if (event.key === 'Enter' || event.key === ' ') event.stopPropagation();
      }}
      onClick={(event: PointerEvent | SyntheticEvent) => {
        event.stopPropagation();
        comments.openPanel({ anchor });
      }}
    >
      <span aria-hidden="true">💬{count > 0 ? ` ${count}` : ''}</span>
    </button>
  );
}
