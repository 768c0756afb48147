import { Link } from 'react-router';
import type { LinkEnd } from './linkApi';
import { linkKindLabel } from './linkKindLabel';

/** One end of a link: its title as a link to its board, or "gone" once deleted. */
export function LinkLabel({ end }: { readonly end: LinkEnd | undefined }) {
  if (end === undefined) return <span className="linked-items__pending">Loading…</span>;
  const kind = linkKindLabel(end.boardKind);
  if (end.gone) {
    // The index forgets deleted entries, so a gone link has no title left to show.
    const where = end.itemId !== null && end.boardTitle !== null ? ` on ${end.boardTitle}` : '';
    return (
      <span className="linked-items__gone">
        <span dir="auto">{`A deleted ${kind.toLowerCase()}${where}`}</span>{' '}
        <span className="badge">gone</span>
      </span>
    );
  }
  const title = end.itemTitle ?? end.boardTitle ?? end.boardId;
  return (
    <span className="linked-items__label">
      <Link to={`/b/${encodeURIComponent(end.boardId)}`} dir="auto">
        {title}
      </Link>
      <span className="linked-items__where" dir="auto">
        {kind}
        {end.itemId !== null && end.boardTitle !== null && ` on ${end.boardTitle}`}
      </span>
    </span>
  );
}
