import type * as Y from 'yjs';
import { useSession } from '../auth/useSession';
import { LinkLabel } from './LinkLabel';
import { useBoardLinks } from './useBoardLinks';
import './linkedItems.css';

/** Props of the list of links that point at a whole board. */
export interface BoardLinksProps {
  readonly boardId: string;
  /** The board's document: the list is fetched again after it changes. */
  readonly doc: Y.Doc;
  /** Shown above the list, e.g. "Releases" on a launch plan. */
  readonly title: string;
}

/**
 * What links to a whole board rather than to one of its entries: on a launch plan, the roadmap
 * releases it launches. Read from the server's link index; a deleted source shows as gone.
 * Shows nothing while no link points here.
 */
export function BoardLinks({ boardId, doc, title }: BoardLinksProps) {
  const { token } = useSession();
  const { links } = useBoardLinks(token, boardId, doc);
  const incoming = links?.incoming ?? [];
  if (incoming.length === 0) return null;
  return (
    <section className="linked-items linked-items--board" aria-label={title}>
      <h3 className="linked-items__heading">{title}</h3>
      <ul className="linked-items__list">
        {incoming.map((end) => (
          <li
            key={`${end.boardId}/${end.collection}/${end.itemId ?? ''}`}
            className="linked-items__link"
          >
            <LinkLabel end={end} />
          </li>
        ))}
      </ul>
    </section>
  );
}
