import {
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import type { BoardPerson } from '../api/commentTypes';
import { filterMentionCandidates, findMentionQuery, insertMention } from './mentionQuery';

interface MentionTextareaProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Called with the person chosen in the autocomplete (their `@Name` is now in the text). */
  readonly onMention: (person: BoardPerson) => void;
  readonly people: readonly BoardPerson[] | null;
  /** The writer, never offered. */
  readonly meId: string;
  readonly placeholder?: string;
  readonly disabled?: boolean;
  readonly rows?: number;
  readonly textareaRef?: RefObject<HTMLTextAreaElement | null>;
}

/**
 * A textarea that offers people to mention after `@`: an ARIA combobox with a listbox of
 * matches; ↑/↓ move, Enter or Tab choose, Escape dismisses, a click chooses too.
 */
export function MentionTextarea({
  label,
  value,
  onChange,
  onMention,
  people,
  meId,
  placeholder,
  disabled = false,
  rows = 3,
  textareaRef,
}: MentionTextareaProps) {
  const ownRef = useRef<HTMLTextAreaElement>(null);
  const ref = textareaRef ?? ownRef;
  const listboxId = useId();
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  // The `@` position whose suggestions were dismissed with Escape.
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const pendingCaret = useRef<number | null>(null);

  const query = findMentionQuery(value, caret);
  const candidates =
    query === null || query.start === dismissedAt
      ? []
      : filterMentionCandidates(people ?? [], query.query, meId);
  const open = candidates.length > 0;
  const activeIndex = Math.min(active, candidates.length - 1);

  // After a choice, the caret goes after the inserted name once React has put it in the text.
  useLayoutEffect(() => {
    const textarea = ref.current;
    if (pendingCaret.current === null || !textarea) return;
    textarea.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  }, [ref, value]);

  const choose = (person: BoardPerson): void => {
    if (query === null) return;
    const next = insertMention(value, query, caret, person.name);
    pendingCaret.current = next.caret;
    setCaret(next.caret);
    onMention(person);
    onChange(next.text);
    setActive(0);
    ref.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (!open) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setActive((activeIndex + 1) % candidates.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setActive((activeIndex - 1 + candidates.length) % candidates.length);
        break;
      case 'Enter':
      case 'Tab': {
        if (event.metaKey || event.ctrlKey) return;
        const person = candidates[activeIndex];
        if (!person) return;
        event.preventDefault();
        choose(person);
        break;
      }
      case 'Escape':
        // Closes the suggestions only, not the panel around them.
        event.preventDefault();
        event.stopPropagation();
        setDismissedAt(query?.start ?? null);
        break;
    }
  };

  const trackCaret = (): void => setCaret(ref.current?.selectionStart ?? 0);

  return (
    <div className="mention-textarea">
      <textarea
        ref={ref}
        className="comment-composer__input"
        aria-label={label}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listboxId}
        aria-activedescendant={open ? `${listboxId}-${activeIndex}` : undefined}
        value={value}
        placeholder={placeholder}
        disabled={disabled}
        rows={rows}
        dir="auto"
        onChange={(event) => {
          onChange(event.target.value);
          setCaret(event.target.selectionStart);
          setActive(0);
        }}
        onSelect={trackCaret}
        onClick={trackCaret}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listboxId}
        role="listbox"
        aria-label="People to mention"
        className="mention-listbox"
        hidden={!open}
      >
        {candidates.map((person, index) => (
          <li
            key={person.id}
            id={`${listboxId}-${index}`}
            role="option"
            aria-selected={index === activeIndex}
            className="mention-listbox__option"
            dir="auto"
            onMouseDown={(event) => {
              // Keep the focus (and the caret) in the textarea.
              event.preventDefault();
              choose(person);
            }}
          >
            {person.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
