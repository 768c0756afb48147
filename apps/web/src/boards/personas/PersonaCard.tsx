import type { PersonasItemView } from '@cairn/model';
import { CommentCountBadge } from '../../comments/CommentCountBadge';
import { useOpenThreadCount } from '../../comments/CommentsContext';
import type { PresenceUser } from '../../sync/PresencePeer';

interface PersonaCardProps {
  readonly persona: PersonasItemView;
  /** Other people who have this persona open. */
  readonly editors: readonly PresenceUser[];
  readonly onOpen: () => void;
}

/** A persona in the grid: name, role and segment, a quote and the top pains. Opens the editor. */
export function PersonaCard({ persona, editors, onOpen }: PersonaCardProps) {
  const subtitle = [persona.role, persona.segment].filter((part) => part !== '').join(' · ');
  const quote = persona.quotes[0];
  const commented = useOpenThreadCount({ type: 'item', id: persona.id }) > 0;
  return (
    <li
      className={`persona-card comment-badge-slot${commented ? ' comment-badge-slot--commented' : ''}`}
    >
      <button
        type="button"
        className="persona-card__open"
        onClick={onOpen}
        aria-label={`Open persona ${persona.title}`}
      >
        <span className="persona-card__name" dir="auto">
          {persona.title}
        </span>
        {subtitle !== '' && (
          <span className="persona-card__subtitle" dir="auto">
            {subtitle}
          </span>
        )}
        {quote && (
          <span className="persona-card__quote" dir="auto">
            “{quote.text}”
            {quote.source !== '' && <span className="persona-card__source"> — {quote.source}</span>}
          </span>
        )}
        {persona.pains.length > 0 && (
          <span className="persona-card__pains" dir="auto">
            Pains: {persona.pains.slice(0, 3).join('; ')}
          </span>
        )}
        <span className="persona-card__counts">
          {persona.goals.length} goals · {persona.pains.length} pains · {persona.jobs.length} jobs ·{' '}
          {persona.quotes.length} quotes
        </span>
        {editors.length > 0 && (
          <span className="persona-card__editors">
            Open by {editors.map((user) => user.name).join(', ')}
          </span>
        )}
      </button>
      <CommentCountBadge anchor={{ type: 'item', id: persona.id }} title={persona.title} />
    </li>
  );
}
