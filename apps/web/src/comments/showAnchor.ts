import type { CommentAnchor } from '../api/commentTypes';

/** The event a board page listens for to bring a commented part into view (the whiteboard). */
export const SHOW_ANCHOR_EVENT = 'cairn:show-anchor';

/**
 * Brings the part a thread is on into view: a card's comment badge is scrolled to and focused;
 * a whiteboard shape is selected and zoomed to by the whiteboard (SHOW_ANCHOR_EVENT).
 */
export function showAnchor(anchor: CommentAnchor): void {
  if (anchor.type === 'item') {
    const badge = document.querySelector<HTMLElement>(
      `[data-testid="comment-badge"][data-anchor-id="${CSS.escape(anchor.id)}"]`,
    );
    if (badge) {
      badge.scrollIntoView({ block: 'center', inline: 'center' });
      badge.focus();
      return;
    }
  }
  window.dispatchEvent(new CustomEvent<CommentAnchor>(SHOW_ANCHOR_EVENT, { detail: anchor }));
}
