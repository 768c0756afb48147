import type { VoteView } from '@cairn/model';
import { plural } from './plural';

interface VoteStatusProps {
  readonly vote: VoteView;
  /** The person's dots left; null when they cannot vote or their ballot is not known yet. */
  readonly dotsLeft: number | null;
}

/** "Vote open: 3 dots left · 2 people voted", updated live for everyone on the board. */
export function VoteStatus({ vote, dotsLeft }: VoteStatusProps) {
  const voted = `${plural(vote.voters, 'person', 'people')} voted`;
  let text: string;
  switch (vote.status) {
    case 'open':
      text =
        dotsLeft === null
          ? `Vote open · ${voted}`
          : `Vote open: ${plural(dotsLeft, 'dot', 'dots')} left · ${voted}`;
      break;
    case 'revealed':
      text = `Vote revealed · ${voted}`;
      break;
  }
  return (
    <span role="status" className="facilitation-status">
      {text}
    </span>
  );
}
