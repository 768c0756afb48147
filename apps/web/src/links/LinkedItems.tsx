import { addLink, linkKey, removeLink, type BoardKind, type LinkTarget } from '@cairn/model';
import { useState } from 'react';
import type * as Y from 'yjs';
import { useSession } from '../auth/useSession';
import { attemptOperation } from '../boards/attemptOperation';
import { localUserContext } from '../boards/localUserContext';
import { LinkLabel } from './LinkLabel';
import { LinkSearch } from './LinkSearch';
import { useBoardLinks } from './useBoardLinks';
import { useOutgoingLinks } from './useOutgoingLinks';
import './linkedItems.css';

/** Props of the panel that shows and edits an entry's links to other boards. */
export interface LinkedItemsProps {
  /** The board the entry is on. */
  readonly boardId: string;
  readonly doc: Y.Doc;
  /** Root map of the entry, e.g. 'items' or 'releases'. */
  readonly collection: string;
  readonly entryId: string;
  /** Kinds of board this entry may link to (e.g. ['personas', 'strategy']); empty: show only. */
  readonly targetKinds: readonly BoardKind[];
  readonly readOnly: boolean;
}

/**
 * Links of one entry, both ways: what it points at (stored on it, read live from the document)
 * and what points at it (from the server's link index, fetched when the panel opens and after
 * the document changes), each with the target's current title, or "gone" once deleted. Editors
 * add links with a search box and remove them; the server index picks the change up from the
 * document, so there is no second write that could disagree.
 */
export function LinkedItems({
  boardId,
  doc,
  collection,
  entryId,
  targetKinds,
  readOnly,
}: LinkedItemsProps) {
  const { token, me } = useSession();
  const outgoing = useOutgoingLinks(doc, collection, entryId);
  const { links, error: fetchError } = useBoardLinks(token, boardId, doc);
  const [error, setError] = useState<string | null>(null);
  const indexed = links?.entries.find(
    (entry) => entry.collection === collection && entry.id === entryId,
  );
  const resolved = new Map((indexed?.outgoing ?? []).map((end) => [linkKey(end), end]));
  const incoming = indexed?.incoming ?? [];
  const canEdit = !readOnly && targetKinds.length > 0;

  const change = (operation: (ctx: ReturnType<typeof localUserContext>) => void): void => {
    setError(attemptOperation(() => operation(localUserContext(me.id))));
  };
  const add = (target: LinkTarget): void =>
    change((ctx) =>
      addLink(doc, collection, entryId, { boardId: target.boardId, itemId: target.itemId }, ctx),
    );
  const remove = (target: LinkTarget): void =>
    change((ctx) => removeLink(doc, collection, entryId, target, ctx));

  return (
    <section className="linked-items" aria-label="Links">
      <h3 className="linked-items__title">Links</h3>
      <h4 className="linked-items__heading">Links to</h4>
      {outgoing.length === 0 ? (
        <p className="linked-items__none">Nothing yet.</p>
      ) : (
        <ul className="linked-items__list" aria-label="Links to">
          {outgoing.map((target) => {
            const end = resolved.get(linkKey(target));
            const name = end?.itemTitle ?? end?.boardTitle ?? 'this target';
            return (
              <li key={linkKey(target)} className="linked-items__link">
                <LinkLabel end={end} />
                {canEdit && (
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={`Remove link to ${name}`}
                    onClick={() => remove(target)}
                  >
                    Remove
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <h4 className="linked-items__heading">Linked from</h4>
      {incoming.length === 0 ? (
        <p className="linked-items__none">{links === null ? 'Loading…' : 'Nothing yet.'}</p>
      ) : (
        <ul className="linked-items__list" aria-label="Linked from">
          {incoming.map((end) => (
            <li
              key={`${end.boardId}/${end.collection}/${end.itemId ?? ''}`}
              className="linked-items__link"
            >
              <LinkLabel end={end} />
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <LinkSearch token={token} targetKinds={targetKinds} linked={outgoing} onPick={add} />
      )}
      {(error ?? fetchError) !== null && (
        <p className="form-error" role="alert">
          {error ?? fetchError}
        </p>
      )}
    </section>
  );
}
