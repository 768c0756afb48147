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

/**
 * How many links one entry may hold. Far more than a roadmap item serves personas or goals, and
 * small enough that one entry cannot grow the document (and the link index) without bound.
 */
const MAX_LINKS_PER_ENTRY = 100;

/** Board and entry ids, as every Cairn client creates them (see createId). */
const ID_PATTERN = /^[0-9A-Za-z]{16}$/;

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
  let root: Y.Map<unknown>;
  try {
    root = doc.getMap<unknown>(collection);
  } catch {
    // A foreign client stored another shared type under this name: there is no such entry.
    throw new ModelError('not-found', `No entry ${JSON.stringify(id)} on this board.`);
  }
  const entry = root.get(id);
  if (!(entry instanceof Y.Map)) {
    throw new ModelError('not-found', `No entry ${JSON.stringify(id)} on this board.`);
  }
  return entry;
}

/** `target` as a plain value, or ModelError('invalid') naming what is wrong with it. */
function validateTarget(target: LinkTarget): LinkTarget {
  if (typeof target.boardId !== 'string' || !ID_PATTERN.test(target.boardId)) {
    throw new ModelError(
      'invalid',
      `Link target board ${JSON.stringify(target.boardId)} is not a board id.`,
    );
  }
  if (
    target.itemId !== null &&
    (typeof target.itemId !== 'string' || !ID_PATTERN.test(target.itemId))
  ) {
    throw new ModelError(
      'invalid',
      `Link target item ${JSON.stringify(target.itemId)} is not an item id.`,
    );
  }
  return { boardId: target.boardId, itemId: target.itemId };
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

/**
 * Adds a link from entry `id` of `collection` to `target` (idempotent: linking twice keeps one
 * link). Refuses malformed ids ('invalid'), an unknown entry ('not-found') and an entry that
 * already has MAX_LINKS_PER_ENTRY links ('invalid'). Whether the target exists and may be linked
 * is for the caller to check: only the server's index knows other boards.
 */
export function addLink(
  doc: Y.Doc,
  collection: string,
  id: string,
  target: LinkTarget,
  ctx: OperationContext,
): void {
  assertWritable(boardMaps(doc));
  const value = validateTarget(target);
  const entry = entryOf(doc, collection, id);
  const existing = entry.get(LINKS_FIELD);
  const links = existing instanceof Y.Map ? (existing as Y.Map<unknown>) : undefined;
  const key = linkKey(value);
  if (links && !links.has(key) && links.size >= MAX_LINKS_PER_ENTRY) {
    throw new ModelError('invalid', `An entry has at most ${MAX_LINKS_PER_ENTRY} links.`);
  }
  doc.transact(() => {
    let map = links;
    if (!map) {
      // A missing or foreign value is replaced: readers already treat it as "no links".
      map = new Y.Map<unknown>();
      entry.set(LINKS_FIELD, map);
    }
    map.set(key, value);
  }, ctx.origin);
}

/**
 * Removes the link from entry `id` of `collection` to `target`. Removing a link that is not
 * there changes nothing and opens no transaction; an unknown entry is 'not-found'.
 */
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
  const key = linkKey(target);
  if (!(links instanceof Y.Map) || !links.has(key)) return;
  doc.transact(() => (links as Y.Map<unknown>).delete(key), ctx.origin);
}
