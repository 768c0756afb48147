import { useMemo } from 'react';
import { parseCommentBody } from './commentBody';

interface CommentBodyProps {
  readonly body: string;
  readonly nameOf: (personId: string) => string | null;
}

/**
 * A comment body as text, `@Name` mention chips and http(s) links. React escapes every string,
 * and only the parsed segments become elements: nothing in a body is ever markup.
 */
export function CommentBody({ body, nameOf }: CommentBodyProps) {
  const segments = useMemo(() => parseCommentBody(body, nameOf), [body, nameOf]);
  return (
    <p className="comment__body" dir="auto">
      {segments.map((segment, index) => {
        switch (segment.type) {
          case 'text':
            return <span key={index}>{segment.text}</span>;
          case 'mention':
            return (
              <span key={index} className="mention-chip" data-person-id={segment.personId}>
                @{segment.name ?? 'someone'}
              </span>
            );
          case 'link':
            return (
              <a key={index} href={segment.href} rel="noopener noreferrer" target="_blank">
                {segment.text}
              </a>
            );
        }
      })}
    </p>
  );
}
