import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { BoardPerson, PersonRef } from '../api/commentTypes';
import { submitOnModEnter } from '../ui/submitOnModEnter';
import { describeFailure } from './describeFailure';
import { encodeMentions } from './mentionQuery';
import { MentionTextarea } from './MentionTextarea';

/** Longest body the server accepts (docs/comments.md). */
export const MAX_BODY_LENGTH = 5_000;

interface CommentComposerProps {
  /** The textarea's accessible name, e.g. "Reply" or "Comment on Usage-based billing". */
  readonly label: string;
  readonly submitLabel: string;
  readonly people: readonly BoardPerson[] | null;
  readonly meId: string;
  /** Sends the body (mentions as `<@id>`); a rejection's message is shown under the form. */
  readonly onSubmit: (body: string) => Promise<void>;
  readonly onCancel?: () => void;
  readonly initialText?: string;
  readonly initialMentions?: readonly PersonRef[];
  readonly placeholder?: string;
  readonly autoFocus?: boolean;
  /** One line until the person writes (replies under every thread). */
  readonly compact?: boolean;
}

/** A comment, reply or edit form with @mentions; Ctrl/⌘+Enter sends. Empties after sending. */
export function CommentComposer({
  label,
  submitLabel,
  people,
  meId,
  onSubmit,
  onCancel,
  initialText = '',
  initialMentions = [],
  placeholder,
  autoFocus = false,
  compact = false,
}: CommentComposerProps) {
  const [text, setText] = useState(initialText);
  const [mentions, setMentions] = useState<readonly PersonRef[]>(initialMentions);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const textareaRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (autoFocus) textareaRef.current?.focus();
  }, [autoFocus]);

  const trimmed = text.trim();
  const tooLong = trimmed.length > MAX_BODY_LENGTH;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy || trimmed === '' || tooLong) return;
    setBusy(true);
    setError(null);
    try {
      await onSubmit(encodeMentions(trimmed, mentions));
      setText('');
      setMentions([]);
    } catch (failure) {
      setError(describeFailure(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="comment-composer"
      onSubmit={(event) => void submit(event)}
      onKeyDown={submitOnModEnter}
    >
      <MentionTextarea
        label={label}
        value={text}
        onChange={setText}
        onMention={(person) =>
          setMentions((current) =>
            current.some((known) => known.id === person.id) ? current : [...current, person],
          )
        }
        people={people}
        meId={meId}
        disabled={busy}
        textareaRef={textareaRef}
        rows={compact && text === '' ? 1 : 3}
        {...(placeholder === undefined ? {} : { placeholder })}
      />
      {tooLong && (
        <p className="comment-error">{`At most ${MAX_BODY_LENGTH.toLocaleString()} characters.`}</p>
      )}
      {error !== null && (
        <p className="comment-error" role="alert">
          {error}
        </p>
      )}
      <div className="comment-composer__actions" hidden={compact && trimmed === ''}>
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button
          type="submit"
          className="button button--primary"
          disabled={busy || trimmed === '' || tooLong}
        >
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
