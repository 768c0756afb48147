import type { Ballot } from '@cairn/model';
import { useValue, type Editor } from 'tldraw';
import { keepShapes } from './changeDots';
import { isOnBoard } from './votableShapes';

/**
 * `ballot` as the person should see it: without dots on shapes deleted since (those dots are
 * theirs to place again), following deletions live. Null stays null.
 */
export function useBallotOnBoard(editor: Editor, ballot: Ballot | null): Ballot | null {
  return useValue(
    'ballot on board',
    () => ballot && keepShapes(ballot, (shapeId) => isOnBoard(editor, shapeId)),
    [editor, ballot],
  );
}
