import { useEffect, useRef, useState } from 'react';
import type { Thread } from '../api/commentTypes';
import type { AnchorLabelOf } from './anchorLabel';
import { CommentComposer } from './CommentComposer';
import { canComment, canResolve } from './commentPermissions';
import { useComments } from './CommentsContext';
import { CommentView } from './CommentView';
import { describeFailure } from './describeFailure';
import { showAnchor } from './showAnchor';

interface ThreadViewProps {
  readonly thread: Thread;
  /** The thread asked for (inbox link, badge): scrolled to and focused once shown. */
  readonly focused: boolean;
  readonly now: number;
  readonly labelOf: AnchorLabelOf;
}

/** A thread: what it is on, its comments, Resolve/Reopen and a reply form, for who may. */
export function ThreadView({ thread, focused, now, labelOf }: ThreadViewProps) {
  const { meId, role, people, actions } = useComments();
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLElement>(null);
  const anchor = labelOf(thread.anchor);
  const starter = thread.comments[0]?.author.name ?? 'someone';

  useEffect(() => {
    if (!focused) return;
    ref.current?.scrollIntoView({ block: 'nearest' });
    ref.current?.focus();
  }, [focused]);

  const toggleResolved = (): void => {
    setError(null);
    actions
      .setResolved(thread.id, !thread.resolved)
      .catch((failure: unknown) => setError(describeFailure(failure)));
  };

  return (
    <article
      ref={ref}
      tabIndex={-1}
      className={[
        'comment-thread',
        thread.resolved ? 'comment-thread--resolved' : '',
        focused ? 'comment-thread--focused' : '',
      ]
        .filter(Boolean)
        .join(' ')}
      aria-label={`Thread by ${starter} on ${anchor.text}`}
      data-testid="comment-thread"
      data-thread-id={thread.id}
      data-resolved={thread.resolved}
    >
      <p
        className={
          anchor.gone
            ? 'comment-thread__anchor comment-thread__anchor--gone'
            : 'comment-thread__anchor'
        }
      >
        On{' '}
        {thread.anchor !== null && !anchor.gone ? (
          <button
            type="button"
            className="comment-thread__anchor-link"
            title="Show it on the board"
            onClick={() => thread.anchor && showAnchor(thread.anchor)}
          >
            <span dir="auto">{anchor.text}</span>
          </button>
        ) : (
          <span dir="auto">{anchor.text}</span>
        )}
      </p>
      {thread.resolved && (
        <p className="comment-thread__resolved" data-testid="thread-resolved">
          Resolved{thread.resolvedBy !== null ? ` by ${thread.resolvedBy.name}` : ''}
        </p>
      )}
      <ol className="comment-thread__comments">
        {thread.comments.map((comment) => (
          <CommentView key={comment.id} comment={comment} now={now} />
        ))}
      </ol>
      {canResolve(role, thread, meId) && (
        <div className="comment-thread__actions">
          <button type="button" className="button" onClick={toggleResolved}>
            {thread.resolved ? 'Reopen' : 'Resolve'}
          </button>
        </div>
      )}
      {error !== null && (
        <p className="comment-error" role="alert">
          {error}
        </p>
      )}
      {canComment(role) && !thread.resolved && (
        <CommentComposer
          label={`Reply to ${starter}`}
          submitLabel="Reply"
          placeholder="Reply…"
          compact
          people={people}
          meId={meId}
          onSubmit={(body) => actions.reply(thread.id, body)}
        />
      )}
    </article>
  );
}
