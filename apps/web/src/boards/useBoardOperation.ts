import type { OperationContext } from '@cairn/model';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import { attemptOperation } from './attemptOperation';
import { useBoardChrome } from './BoardChromeContext';
import { localUserContext } from './localUserContext';

/** A named model operation, given the document and the local person's context. */
export type KindOperation = (doc: Y.Doc, ctx: OperationContext) => void;

/**
 * Runs model operations on `doc` as the local person; returns the refusal message, or null.
 * Each operation is one undo step: a drag commits one move, a text field one save.
 */
export function useBoardOperation(
  doc: Y.Doc,
  userId: string,
): (operation: KindOperation) => string | null {
  const { undo } = useBoardChrome();
  return useCallback(
    (operation: KindOperation) => {
      undo?.stopCapturing();
      const refusal = attemptOperation(() => operation(doc, localUserContext(userId)));
      undo?.stopCapturing();
      return refusal;
    },
    [doc, userId, undo],
  );
}
