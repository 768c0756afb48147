import type { ReactNode } from 'react';
import type { LinkedBoardState } from '../../../../sync/LinkedBoardPool';

interface LinkedCardFrameProps {
  /** What the card mirrors, e.g. "Roadmap item"; also names the card for assistive technology. */
  readonly kind: string;
  /** The entry's title as last known, for the card's accessible name. */
  readonly title: string;
  readonly editing: boolean;
  readonly children: ReactNode;
}

/**
 * The body every linked card shares: a labelled article filling the shape. While the card is
 * being edited it takes the pointer, so clicks reach its fields instead of tldraw.
 */
export function LinkedCardFrame({ kind, title, editing, children }: LinkedCardFrameProps) {
  return (
    <article
      className="linked-card"
      aria-label={`${kind}: ${title}`}
      data-editing={editing}
      onPointerDown={editing ? (event) => event.stopPropagation() : undefined}
    >
      <p className="linked-card__kind">{kind}</p>
      {children}
    </article>
  );
}

interface LinkedCardNoticeProps {
  /** The state of the mirrored board; `ready` means the board is open but the entry is gone. */
  readonly board: LinkedBoardState;
  /** What the entry is called in the messages, e.g. "item" or "persona". */
  readonly noun: string;
  /** The board is open but is not the kind of board this card mirrors. */
  readonly wrongKind: boolean;
}

/** What a card says when it cannot show its entry: loading, refused, wrong board, or deleted. */
export function LinkedCardNotice({ board, noun, wrongKind }: LinkedCardNoticeProps) {
  switch (board.status) {
    case 'connecting':
      return <p className="linked-card__notice">Opening the {noun}’s board…</p>;
    case 'refused':
      return (
        <p className="linked-card__notice linked-card__notice--problem" role="status">
          {board.reason === 'not-found'
            ? `The board of this ${noun} was deleted.`
            : `This board cannot be opened with your access link.`}
        </p>
      );
    case 'ready':
      return (
        <p className="linked-card__notice linked-card__notice--problem" role="status">
          {wrongKind ? `This board holds no ${noun}s.` : `This ${noun} was deleted.`}
        </p>
      );
  }
}
