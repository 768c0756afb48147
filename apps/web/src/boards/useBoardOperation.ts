import type { OperationContext } from '@cairn/model';
import { useCallback, useMemo } from 'react';
import type * as Y from 'yjs';
import { attemptOperation } from './attemptOperation';
import { localUserContext } from './localUserContext';

/** A named model operation, given the document and the local person's context. */
export type KindOperation = (doc: Y.Doc, ctx: OperationContext) => void;

/** Runs model operations on `doc` as the local person; returns the refusal message, or null. */
export function useBoardOperation(
  doc: Y.Doc,
  userId: string,
): (operation: KindOperation) => string | null {
  const ctx = useMemo(() => localUserContext(userId), [userId]);
  return useCallback(
    (operation: KindOperation) => attemptOperation(() => operation(doc, ctx)),
    [doc, ctx],
  );
}
