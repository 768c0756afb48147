import * as Y from 'yjs';
import { assertWritable, boardMaps } from './boardMaps.js';
import { ModelError } from './ModelError.js';
import type { OperationContext } from './OperationContext.js';

/**
 * Links between boards. A link is stored once, on the entry that points (a roadmap item points at
 * the personas it serves and the goals it advances; a roadmap release at its launch plan), in
 * that entry's `links` Y.Map. The other side is found through the server's link index, so each
 * link is one write to one document, never two writes that could disagree. Targets are named by
 * id, so a link survives renames; a link whose target was deleted shows as gone.
 */

/** Field of an entry's Y.Map holding its outgoing links: Y.Map<key, LinkTarget>. */
export const LINKS_FIELD = 'links';

/** Where a link points: an entry of another board, or (itemId null) a whole board. */
export interface LinkTarget {
  readonly boardId: string;
  readonly itemId: string | null;
}

/** The key of a link in the `links` map: one link per target. */
export function linkKey(target: LinkTarget): string {
  return `${target.boardId}/${target.itemId ?? ''}`;
}

/** The Y.Map of the entry `id` in the root map `collection` (e.g. 'items'), or not-found. */
function entryOf(doc: Y.Doc, collection: string, id: string): Y.Map<unknown> {
  const entry = doc.getMap<unknown>(collection).get(id);
  if (!(entry instanceof Y.Map)) {
    throw new ModelError('not-found', `No entry ${JSON.stringify(id)} on this board.`);
  }
  return entry;
}

/** The outgoing links of an entry, sorted by key; foreign values that are not links are skipped. */
export function readLinks(entry: Y.Map<unknown>): LinkTarget[] {
  const links = entry.get(LINKS_FIELD);
  if (!(links instanceof Y.Map)) return [];
  const targets: LinkTarget[] = [];
  for (const [key, value] of [...(links as Y.Map<unknown>).entries()].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  )) {
    if (typeof value !== 'object' || value === null) continue;
    const { boardId, itemId } = value as Record<string, unknown>;
    if (typeof boardId !== 'string' || (typeof itemId !== 'string' && itemId !== null)) continue;
    if (key !== linkKey({ boardId, itemId })) continue;
    targets.push({ boardId, itemId });
  }
  return targets;
}

/** Adds a link from entry `id` of `collection` to `target` (idempotent). */
export function addLink(
  doc: Y.Doc,
  collection: string,
  id: string,
  target: LinkTarget,
  ctx: OperationContext,
): void {
  assertWritable(boardMaps(doc));
  const entry = entryOf(doc, collection, id);
  doc.transact(() => {
    let links = entry.get(LINKS_FIELD);
    if (!(links instanceof Y.Map)) {
      links = new Y.Map<unknown>();
      entry.set(LINKS_FIELD, links);
    }
    (links as Y.Map<unknown>).set(linkKey(target), {
      boardId: target.boardId,
      itemId: target.itemId,
    });
  }, ctx.origin);
}

/** Removes the link from entry `id` of `collection` to `target`, if there is one. */
export function removeLink(
  doc: Y.Doc,
  collection: string,
  id: string,
  target: LinkTarget,
  ctx: OperationContext,
): void {
  assertWritable(boardMaps(doc));
  const entry = entryOf(doc, collection, id);
  const links = entry.get(LINKS_FIELD);
  if (!(links instanceof Y.Map)) return;
  doc.transact(() => (links as Y.Map<unknown>).delete(linkKey(target)), ctx.origin);
}
