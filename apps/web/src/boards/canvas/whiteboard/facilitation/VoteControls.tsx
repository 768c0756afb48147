import type { VoteView } from '@cairn/model';
import { useId, useState } from 'react';
import type { Editor } from 'tldraw';
import { countDots } from './changeDots';
import type { FacilitationClient, FacilitationClientState } from './FacilitationClient';
import { parseDotBudget } from './parseFacilitatorInput';
import { SelectionDotButtons } from './SelectionDotButtons';
import { useBallotOnBoard } from './useBallotOnBoard';
import { isOnBoard } from './votableShapes';
import { VoteStatus } from './VoteStatus';

/** Dots per person a new vote starts with. */
const DEFAULT_BUDGET = '5';

interface VoteControlsProps {
  readonly editor: Editor;
  readonly vote: VoteView | null;
  readonly mine: FacilitationClientState;
  readonly facilitates: boolean;
  readonly canVote: boolean;
  readonly client: FacilitationClient;
}

/**
 * Dot voting in the toolbar: the vote's state for everyone, dot buttons for the selected shape
 * for voters, and Start vote / Reveal / End vote for facilitators only.
 */
export function VoteControls({
  editor,
  vote,
  mine,
  facilitates,
  canVote,
  client,
}: VoteControlsProps) {
  const [budgetText, setBudgetText] = useState(DEFAULT_BUDGET);
  const budgetId = useId();
  // The ballot shown belongs to this vote only once the server said so.
  const ballot = useBallotOnBoard(editor, vote && mine.voteId === vote.id ? mine.ballot : null);
  if (!vote && !facilitates) return null;

  if (!vote) {
    const budget = parseDotBudget(budgetText);
    return (
      <form
        className="facilitation-group facilitation-form"
        aria-label="Dot voting"
        onSubmit={(event) => {
          event.preventDefault();
          if (budget !== null) client.openVote(budget);
        }}
      >
        <label htmlFor={budgetId}>Dots per person</label>
        <input
          id={budgetId}
          type="text"
          inputMode="numeric"
          className="facilitation-number"
          value={budgetText}
          aria-invalid={budget === null}
          onChange={(event) => setBudgetText(event.target.value)}
        />
        <button type="submit" className="button" disabled={budget === null}>
          Start vote
        </button>
      </form>
    );
  }

  const voting = canVote && vote.status === 'open' && ballot !== null;
  const dotsLeft = voting ? Math.max(0, vote.budget - countDots(ballot)) : null;
  return (
    <div className="facilitation-group" role="group" aria-label="Dot voting">
      <VoteStatus vote={vote} dotsLeft={dotsLeft} />
      {voting && (
        <SelectionDotButtons
          editor={editor}
          dotsLeft={dotsLeft ?? 0}
          dotsOn={(shapeId) => ballot[shapeId] ?? 0}
          onChange={(shapeId, delta) =>
            client.changeDots(vote.id, shapeId, delta, vote.budget, (id) => isOnBoard(editor, id))
          }
        />
      )}
      {facilitates && vote.status === 'open' && (
        <button
          type="button"
          className="button button--primary"
          onClick={() => client.revealVote(vote.id)}
        >
          Reveal
        </button>
      )}
      {facilitates && (
        <button type="button" className="button" onClick={() => client.endVote(vote.id)}>
          End vote
        </button>
      )}
    </div>
  );
}
