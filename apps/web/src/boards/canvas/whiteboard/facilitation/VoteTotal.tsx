import type { VoteResult } from '@cairn/model';
import { plural } from './plural';
import type { VotableAnchor } from './votableShapes';

interface VoteTotalProps {
  readonly anchor: VotableAnchor;
  readonly result: VoteResult;
}

/** A revealed shape's total dots as a badge on its top-right corner. */
export function VoteTotal({ anchor, result }: VoteTotalProps) {
  return (
    <span className="vote-total" style={{ left: anchor.x, top: anchor.y }}>
      <span aria-hidden="true">{result.dots}</span>
      <span className="visually-hidden">
        {`${anchor.label}: ${plural(result.dots, 'dot', 'dots')}, rank ${result.rank}`}
      </span>
    </span>
  );
}
