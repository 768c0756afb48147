import { createContext, useContext } from 'react';
import type * as Y from 'yjs';
import type { BoardKind } from '@cairn/model';
import type { Role } from '../api/apiTypes';
import type { BoardUndo } from '../undo/useBoardUndo';

/**
 * What the board page knows that every kind's header and operations share, without each kind
 * passing it along: this person's edits waiting for the server, and their undo history.
 */
export interface BoardChrome {
  /** The open board; null outside a board page. */
  readonly board: {
    readonly id: string;
    readonly kind: BoardKind;
    readonly title: string;
    readonly doc: Y.Doc;
    /** This person's role on it. */
    readonly role: Role;
  } | null;
  /** This person's edits the server has not acknowledged (shown while offline). */
  readonly waitingChanges: number;
  /** Null on the canvas (tldraw has its own undo) and for people who may not edit. */
  readonly undo: BoardUndo | null;
}

export const BoardChromeContext = createContext<BoardChrome>({
  board: null,
  waitingChanges: 0,
  undo: null,
});

/** The open board's {@link BoardChrome}. */
export function useBoardChrome(): BoardChrome {
  return useContext(BoardChromeContext);
}
