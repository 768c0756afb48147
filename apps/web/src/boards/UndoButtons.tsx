import type { BoardUndo } from '../undo/useBoardUndo';

/** Undo and Redo of the person's own changes, in the board header; disabled when empty. */
export function UndoButtons({ undo }: { readonly undo: BoardUndo }) {
  return (
    <span className="undo-buttons" role="group" aria-label="Undo history">
      <button
        type="button"
        className="button"
        onClick={undo.undo}
        disabled={!undo.canUndo}
        title="Undo your last change (Ctrl+Z)"
        aria-keyshortcuts="Control+Z Meta+Z"
      >
        Undo
      </button>
      <button
        type="button"
        className="button"
        onClick={undo.redo}
        disabled={!undo.canRedo}
        title="Redo (Ctrl+Shift+Z)"
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
      >
        Redo
      </button>
    </span>
  );
}
