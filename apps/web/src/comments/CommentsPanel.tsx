import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Thread } from '../api/commentTypes';
import type { AnchorLabelOf } from './anchorLabel';
import { CommentComposer } from './CommentComposer';
import { canComment } from './commentPermissions';
import { useComments } from './CommentsContext';
import { anchorKey } from './threadList';
import { ThreadView } from './ThreadView';
import { useNow } from './useNow';
import './comments.css';

/**
 * The side panel of the board's comments: a form for a new thread (on the part the panel was
 * opened for, else on the board), open threads, and resolved ones behind a toggle. A
 * complementary region, not a modal: people keep working on the board beside it. Focus moves in
 * when it opens; Escape or Close returns it where it was.
 */
/** On the root element while the panel is open. */
const PANEL_OPEN_CLASS = 'comments-panel-open';

export function CommentsPanel({ labelOf }: { readonly labelOf: AnchorLabelOf }) {
  const store = useComments();
  const { panel, threads, role, people, meId, actions, closePanel, openPanel } = store;
  const now = useNow();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusThread = threads.find((thread) => thread.id === panel.focusThreadId);
  // Null until the person uses the toggle: resolved threads then show only to reveal the one
  // asked for (an inbox link to a thread resolved since).
  const [showResolved, setShowResolved] = useState<boolean | null>(null);
  const resolvedShown = showResolved ?? focusThread?.resolved === true;

  const filterKey = panel.anchor === undefined ? null : anchorKey(panel.anchor);
  const shown =
    filterKey === null
      ? threads
      : threads.filter((thread) => anchorKey(thread.anchor) === filterKey);
  const open = shown.filter((thread) => !thread.resolved);
  const resolved = shown.filter((thread) => thread.resolved);
  const target = panel.anchor ?? null;
  const targetLabel = labelOf(target);
  const composeFirst = panel.anchor !== undefined && open.length === 0 && canComment(role);

  // The page makes room for the panel on wide screens (comments.css). A class rather than a
  // `:has(.comments-panel)` rule: Chromium re-styles every card under such a rule whenever any
  // element in the page is added or removed, which a large roadmap does on each remote move.
  useEffect(() => {
    document.documentElement.classList.add(PANEL_OPEN_CLASS);
    return () => document.documentElement.classList.remove(PANEL_OPEN_CLASS);
  }, []);

  useEffect(() => {
    if (panel.focusThreadId === null && !composeFirst) headingRef.current?.focus();
    // Only when the panel opens on something new, not on every live update.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [panel]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      closePanel();
    }
  };

  const threadViews = (threads: readonly Thread[]) =>
    threads.map((thread) => (
      <ThreadView
        key={thread.id}
        thread={thread}
        focused={thread.id === panel.focusThreadId}
        now={now}
        labelOf={labelOf}
      />
    ));

  return (
    <aside
      className="comments-panel"
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
      data-testid="comments-panel"
    >
      <header className="comments-panel__header">
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="comments-panel__title">
          Comments
        </h2>
        <button type="button" className="button button--quiet" onClick={closePanel}>
          Close<span className="visually-hidden"> comments</span>
        </button>
      </header>
      {panel.anchor !== undefined && (
        <p className="comments-panel__filter">
          On <strong dir="auto">{targetLabel.text}</strong>{' '}
          <button type="button" className="button button--quiet" onClick={() => openPanel()}>
            Show all comments
          </button>
        </p>
      )}
      {store.loadError !== null && (
        <p className="comment-error" role="alert">
          {store.loadError}
        </p>
      )}
      {canComment(role) ? (
        <CommentComposer
          key={filterKey ?? 'all'}
          label={`Comment on ${targetLabel.text}`}
          submitLabel="Comment"
          placeholder="Write a comment; @ mentions someone"
          people={people}
          meId={meId}
          autoFocus={composeFirst}
          onSubmit={(body) => actions.createThread(body, target)}
        />
      ) : (
        <p className="comments-panel__note">You can read the comments on this board.</p>
      )}
      <section className="comments-panel__threads" aria-label="Open threads">
        {store.loading ? (
          <p className="comments-panel__note">Loading comments…</p>
        ) : open.length === 0 ? (
          <p className="comments-panel__note">No open threads.</p>
        ) : (
          threadViews(open)
        )}
      </section>
      {resolved.length > 0 && (
        <section className="comments-panel__threads" aria-label="Resolved threads">
          <button
            type="button"
            className="button button--quiet"
            aria-expanded={resolvedShown}
            onClick={() => setShowResolved(!resolvedShown)}
          >
            {resolvedShown ? 'Hide resolved' : 'Show resolved'} ({resolved.length})
          </button>
          {resolvedShown && threadViews(resolved)}
        </section>
      )}
    </aside>
  );
}
