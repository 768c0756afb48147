import { useState } from 'react';
import type { Comment } from '../api/commentTypes';
import { ConfirmDeleteButton } from '../ui/ConfirmDeleteButton';
import { RelativeTime } from '../ui/RelativeTime';
import { CommentBody } from './CommentBody';
import { CommentComposer } from './CommentComposer';
import { canComment, canDeleteComment, canEditComment } from './commentPermissions';
import { useComments } from './CommentsContext';
import { describeFailure } from './describeFailure';
import { decodeMentions } from './mentionQuery';
import { ReactionBar } from './ReactionBar';

interface CommentViewProps {
  readonly comment: Comment;
  /** "Now", passed in so rendering stays pure. */
  readonly now: number;
}

/** One comment of a thread: author, time, body, reactions, and Edit/Delete for who may. */
export function CommentView({ comment, now }: CommentViewProps) {
  const { meId, role, people, nameOf, actions } = useComments();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = (action: Promise<void>): void => {
    setError(null);
    action.catch((failure: unknown) => setError(describeFailure(failure)));
  };

  if (editing) {
    const decoded = decodeMentions(comment.body, nameOf);
    return (
      <li className="comment" data-testid="comment">
        <CommentComposer
          label="Edit comment"
          submitLabel="Save"
          people={people}
          meId={meId}
          initialText={decoded.text}
          initialMentions={decoded.chosen}
          autoFocus
          onSubmit={async (body) => {
            await actions.edit(comment.id, body);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }

  return (
    <li className="comment" data-testid="comment" data-comment-id={comment.id}>
      <p className="comment__meta">
        <span className="comment__author" dir="auto">
          {comment.author.name}
        </span>{' '}
        <span className="comment__time">
          <RelativeTime ms={comment.createdAt} now={now} />
          {comment.editedAt !== null && ' (edited)'}
        </span>
      </p>
      {comment.deleted ? (
        <p className="comment__body comment__body--deleted">Comment deleted</p>
      ) : (
        <CommentBody body={comment.body} nameOf={nameOf} />
      )}
      {!comment.deleted && (
        <div className="comment__actions">
          <ReactionBar
            reactions={comment.reactions}
            meId={meId}
            canReact={canComment(role)}
            onToggle={(emoji, on) => run(actions.setReaction(comment.id, emoji, on))}
          />
          {canEditComment(role, comment, meId) && (
            <button type="button" className="button button--quiet" onClick={() => setEditing(true)}>
              Edit
            </button>
          )}
          {canDeleteComment(role, comment, meId) && (
            <ConfirmDeleteButton
              what={`comment by ${comment.author.name}`}
              onDelete={() => run(actions.remove(comment.id))}
            />
          )}
        </div>
      )}
      {error !== null && (
        <p className="comment-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
