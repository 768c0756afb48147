import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { createBoardUndoManager } from './createBoardUndoManager';
import { isTypingTarget } from './isTypingTarget';
import { undoShortcutOf } from './undoShortcutOf';

/** The person's undo and redo on the open board. */
export interface BoardUndo {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly undo: () => void;
  readonly redo: () => void;
  /** Ends the current step, so the next change is a step of its own. */
  readonly stopCapturing: () => void;
}

/**
 * Undo and redo of `origin`'s changes to `doc`, with Ctrl/⌘+Z, Ctrl/⌘+Shift+Z and Ctrl/⌘+Y
 * anywhere on the page except in fields and rich-text editors (they keep their own undo). Null
 * when `doc` is null or `enabled` is false (read-only people, the canvas with tldraw's undo).
 */
export function useBoardUndo(
  doc: Y.Doc | null,
  origin: object,
  enabled: boolean,
): BoardUndo | null {
  const [state, setState] = useState<{
    readonly manager: Y.UndoManager;
    readonly canUndo: boolean;
    readonly canRedo: boolean;
  } | null>(null);

  // Made in the effect (not during render), so each mount has its own manager to destroy.
  useEffect(() => {
    if (doc === null || !enabled) return undefined;
    const created = createBoardUndoManager(doc, origin);
    const publish = (): void =>
      setState({ manager: created, canUndo: created.canUndo(), canRedo: created.canRedo() });
    const onKeyDown = (event: KeyboardEvent): void => {
      const shortcut = undoShortcutOf(event);
      if (shortcut === null || event.defaultPrevented || isTypingTarget(event.target)) return;
      event.preventDefault();
      if (shortcut === 'undo') created.undo();
      else created.redo();
    };
    created.on('stack-item-added', publish);
    created.on('stack-item-popped', publish);
    created.on('stack-cleared', publish);
    document.addEventListener('keydown', onKeyDown);
    publish();
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      created.destroy();
      setState(null);
    };
  }, [doc, origin, enabled]);

  return useMemo(() => {
    if (state === null) return null;
    const { manager, canUndo, canRedo } = state;
    return {
      canUndo,
      canRedo,
      undo: () => manager.undo(),
      redo: () => manager.redo(),
      stopCapturing: () => manager.stopCapturing(),
    };
  }, [state]);
}
