import { useEditor, useValue } from 'tldraw';
import { useWhiteboardSession } from '../WhiteboardSession';
import { countDots } from './changeDots';
import { OwnDots } from './OwnDots';
import { useFacilitation } from './useFacilitation';
import { useBallotOnBoard } from './useBallotOnBoard';
import { isOnBoard, votableAnchors, type VotableAnchor } from './votableShapes';
import { VoteTotal } from './VoteTotal';
import './facilitation.css';

const NO_ANCHORS: readonly VotableAnchor[] = [];

/**
 * Drawn in front of the canvas (tldraw's `InFrontOfTheCanvas` slot) while a vote is on: during
 * the vote, the person's own dots on each sticky or card with "+" and "−" to change them (never
 * anyone else's: the server keeps ballots to itself); once revealed, each shape's total.
 */
export function FacilitationOverlay() {
  const editor = useEditor();
  const { me } = useWhiteboardSession();
  const { view, client, mine, canVote } = useFacilitation();
  const vote = view.vote;
  const shown = vote !== null && (vote.status === 'revealed' || canVote);
  const anchors = useValue(
    'facilitation anchors',
    () => (shown ? votableAnchors(editor) : NO_ANCHORS),
    [editor, shown],
  );
  // Dots wait until the server said which are the person's in this vote.
  const ballot = useBallotOnBoard(editor, vote && mine.voteId === vote.id ? mine.ballot : null);
  if (!vote || anchors.length === 0) return null;

  switch (vote.status) {
    case 'open': {
      const dotsLeft = ballot ? vote.budget - countDots(ballot) : 0;
      return (
        <div className="facilitation-overlay">
          {anchors.map((anchor) => (
            <OwnDots
              key={anchor.shapeId}
              anchor={anchor}
              dots={ballot?.[anchor.shapeId] ?? 0}
              canAdd={dotsLeft > 0}
              color={me.color}
              onChange={(delta) =>
                client.changeDots(vote.id, anchor.shapeId, delta, vote.budget, (shapeId) =>
                  isOnBoard(editor, shapeId),
                )
              }
            />
          ))}
        </div>
      );
    }
    case 'revealed': {
      const totals = new Map((vote.results ?? []).map((result) => [result.shapeId, result]));
      return (
        <div className="facilitation-overlay">
          {anchors.map((anchor) => {
            const result = totals.get(anchor.shapeId);
            return result && <VoteTotal key={anchor.shapeId} anchor={anchor} result={result} />;
          })}
        </div>
      );
    }
  }
}
