import type { BoardView } from '@cairn/model';
import type { CommentAnchor } from '../api/commentTypes';

/** How a thread's anchor reads in the panel. */
export interface AnchorLabel {
  /** "Usage-based billing", "the board", "deleted item". */
  readonly text: string;
  /** The anchored part no longer exists. */
  readonly gone: boolean;
}

/**
 * Names a canvas shape: its text or kind, null once it is gone, undefined while the whiteboard
 * cannot tell (not mounted yet).
 */
export type ShapeNamer = (shapeId: string) => string | null | undefined;

/** Names an anchor on the board as it is now (the comments panel's headings and links). */
export type AnchorLabelOf = (anchor: CommentAnchor | null) => AnchorLabel;

export const BOARD_ANCHOR_LABEL: AnchorLabel = { text: 'the board', gone: false };
const GONE: AnchorLabel = { text: 'deleted item', gone: true };

function titled(title: string, fallback: string): AnchorLabel {
  const trimmed = title.trim();
  return { text: trimmed === '' ? fallback : trimmed, gone: false };
}

/**
 * The anchor's name from the board's document: an item's (or release's) title, a shape's name
 * from `nameShape`, "the board" for null, "deleted item" when the anchored part is gone.
 */
export function anchorLabel(
  anchor: CommentAnchor | null,
  view: BoardView,
  nameShape: ShapeNamer | null,
): AnchorLabel {
  if (anchor === null) return BOARD_ANCHOR_LABEL;
  switch (anchor.type) {
    case 'item': {
      const item = view.items.find((candidate) => candidate.id === anchor.id);
      if (item) return titled(item.title, 'Untitled item');
      if (view.kind === 'roadmap') {
        const release = view.releases.find((candidate) => candidate.id === anchor.id);
        if (release) return titled(release.name, 'Untitled release');
      }
      return GONE;
    }
    case 'shape': {
      const name = nameShape?.(anchor.id);
      if (name === null) return GONE;
      return titled(name ?? '', 'a shape');
    }
  }
}
