import { createContext, useContext } from 'react';
import type { BoardUndo } from '../undo/useBoardUndo';

/**
 * What the board page knows that every kind's header and operations share, without each kind
 * passing it along: this person's edits waiting for the server, and their undo history.
 */
export interface BoardChrome {
  /** This person's edits the server has not acknowledged (shown while offline). */
  readonly waitingChanges: number;
  /** Null on the canvas (tldraw has its own undo) and for people who may not edit. */
  readonly undo: BoardUndo | null;
}

export const BoardChromeContext = createContext<BoardChrome>({ waitingChanges: 0, undo: null });

/** The open board's {@link BoardChrome}. */
export function useBoardChrome(): BoardChrome {
  return useContext(BoardChromeContext);
}
