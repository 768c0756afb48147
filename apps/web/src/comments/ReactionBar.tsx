import { useState } from 'react';
import { REACTION_EMOJIS, type Reaction } from '../api/commentTypes';

interface ReactionBarProps {
  readonly reactions: readonly Reaction[];
  readonly meId: string;
  /** False for viewers: reactions show who reacted, without buttons. */
  readonly canReact: boolean;
  readonly onToggle: (emoji: string, on: boolean) => void;
}

function whoReacted(reaction: Reaction): string {
  return reaction.people.map((person) => person.name).join(', ');
}

/** The reactions of a comment with who reacted; commenters toggle theirs or add one. */
export function ReactionBar({ reactions, meId, canReact, onToggle }: ReactionBarProps) {
  const [picking, setPicking] = useState(false);
  const shown = reactions.filter((reaction) => reaction.people.length > 0);
  if (!canReact && shown.length === 0) return null;
  return (
    <div className="reaction-bar">
      {shown.map((reaction) => {
        const label = `${reaction.emoji} ${reaction.people.length}: ${whoReacted(reaction)}`;
        if (!canReact) {
          return (
            <span key={reaction.emoji} className="reaction" title={whoReacted(reaction)}>
              <span aria-hidden="true">{`${reaction.emoji} ${reaction.people.length}`}</span>
              <span className="visually-hidden">{label}</span>
            </span>
          );
        }
        const mine = reaction.people.some((person) => person.id === meId);
        return (
          <button
            key={reaction.emoji}
            type="button"
            className={mine ? 'reaction reaction--mine' : 'reaction'}
            aria-pressed={mine}
            aria-label={label}
            title={whoReacted(reaction)}
            onClick={() => onToggle(reaction.emoji, !mine)}
          >
            {`${reaction.emoji} ${reaction.people.length}`}
          </button>
        );
      })}
      {canReact && (
        <button
          type="button"
          className="reaction reaction--add"
          aria-expanded={picking}
          aria-label="Add reaction"
          title="Add reaction"
          onClick={() => setPicking(!picking)}
        >
          ☺+
        </button>
      )}
      {canReact && picking && (
        <span className="reaction-picker" role="group" aria-label="Reactions">
          {REACTION_EMOJIS.map((emoji) => {
            const mine = reactions.some(
              (reaction) =>
                reaction.emoji === emoji && reaction.people.some((person) => person.id === meId),
            );
            return (
              <button
                key={emoji}
                type="button"
                className="reaction-picker__emoji"
                aria-label={`React with ${emoji}`}
                aria-pressed={mine}
                onClick={() => {
                  setPicking(false);
                  onToggle(emoji, !mine);
                }}
              >
                {emoji}
              </button>
            );
          })}
        </span>
      )}
    </div>
  );
}
