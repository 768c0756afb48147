import {
  addLink,
  BOARD_KINDS,
  linkKey,
  ModelError,
  readLinks,
  removeLink,
  type BoardKind,
  type LinkTarget,
} from '@cairn/model';
import { Hono } from 'hono';
import * as Y from 'yjs';
import { z } from 'zod';
import type { Access } from '../auth/Access.js';
import type { BoardService } from '../boards/BoardService.js';
import type { LinkIndexExtension } from '../collab/LinkIndexExtension.js';
import type { BoardSummary } from '../storage/BoardIndex.js';
import type { IndexedEntry, IndexedLink } from '../storage/LinkIndex.js';
import type { Identity } from '../auth/Identity.js';
import type { ApiEnv } from './ApiEnv.js';
import { ApiError } from './ApiError.js';
import { requireRole } from './authenticate.js';
import { parseBody, validate } from './parseBody.js';

/**
 * What may link to what: only roadmaps point, from `items` (at the personas an item serves and
 * the strategy goals it advances) and from `releases` (at the launch plan of the release).
 * `entry` targets name an entry of the target board; `board` targets the whole board.
 */
const LINK_RULES: Readonly<Record<string, Partial<Record<BoardKind, 'entry' | 'board'>>>> = {
  items: { personas: 'entry', strategy: 'entry' },
  releases: { launch: 'board' },
};

/** Strategy boards also hold competitors; only goals are link targets (a missing type is a goal). */
const NOT_LINKABLE_TYPES: Partial<Record<BoardKind, readonly string[]>> = {
  strategy: ['competitor'],
};

/** How many entries one search answers with: a picker shows a short list, refined by typing. */
const MAX_SEARCH_RESULTS = 50;

const MAX_QUERY_LENGTH = 200;

/** `{from, to}` of POST and DELETE `/api/boards/:id/links`. */
const linkBody = z.strictObject({
  from: z.strictObject({
    collection: z.enum(Object.keys(LINK_RULES) as [string, ...string[]]),
    id: z.string().min(1).max(100),
  }),
  to: z.strictObject({
    boardId: z.string().min(1).max(100),
    itemId: z.string().min(1).max(100).nullable(),
  }),
});

/** The query of `GET /api/entries`. */
const entriesQuery = z.strictObject({
  kind: z.enum(BOARD_KINDS),
  q: z.string().max(MAX_QUERY_LENGTH).optional(),
});

/** One end of a link as the API shows it: ids, current names, and whether it still exists. */
export interface ResolvedLinkEnd {
  readonly boardId: string;
  /** Null when the board no longer exists. */
  readonly boardTitle: string | null;
  readonly boardKind: string | null;
  /** Null for a link to a whole board. */
  readonly itemId: string | null;
  /** Current title of the entry; null for a whole board or when the entry is gone. */
  readonly itemTitle: string | null;
  /** The board or the entry was deleted: shown as gone, never as an error. */
  readonly gone: boolean;
}

/**
 * Resolves link ends against the board list and the index, remembering boards already seen.
 * Boards the caller cannot read do not exist for it: their titles and entries never show.
 */
class LinkResolver {
  private summaries?: Map<string, BoardSummary>;

  constructor(
    private readonly boards: BoardService,
    private readonly links: LinkIndexExtension,
    private readonly canRead: (boardId: string) => boolean,
  ) {}

  board(id: string): BoardSummary | undefined {
    return this.isHidden(id) ? undefined : this.summaries?.get(id);
  }

  /** True for a board that exists but that the caller cannot read. */
  isHidden(id: string): boolean {
    this.summaries ??= new Map(this.boards.list().map((board) => [board.id, board]));
    return this.summaries.has(id) && !this.canRead(id);
  }

  resolve(boardId: string, itemId: string | null): ResolvedLinkEnd {
    const board = this.board(boardId);
    const entry = board && itemId !== null ? this.links.index.entry(boardId, itemId) : undefined;
    return {
      boardId,
      boardTitle: board?.title ?? null,
      boardKind: board?.kind ?? null,
      itemId,
      itemTitle: entry?.title ?? null,
      gone: !board || (itemId !== null && !entry),
    };
  }
}

/** The board `id` from the list, or 400: a link to an unknown board is bad input. */
function targetBoard(resolver: LinkResolver, target: LinkTarget): BoardSummary {
  const board = resolver.board(target.boardId);
  if (!board)
    throw new ApiError(
      400,
      `Cannot link to board ${JSON.stringify(target.boardId)}: there is no such board.`,
    );
  return board;
}

/**
 * Checks that a link from `collection` of a board of `sourceKind` may point at `target`, and
 * that the target exists; 400 with the reason otherwise.
 */
function checkTarget(
  resolver: LinkResolver,
  links: LinkIndexExtension,
  sourceKind: BoardKind,
  collection: string,
  target: LinkTarget,
): void {
  const rules = LINK_RULES[collection] ?? {};
  if (sourceKind !== 'roadmap') {
    throw new ApiError(
      400,
      `Entries of ${sourceKind} boards cannot link to other boards; link from a roadmap.`,
    );
  }
  const board = targetBoard(resolver, target);
  const shape = rules[board.kind];
  if (!shape) {
    const allowed = Object.keys(rules).join(' or ');
    throw new ApiError(
      400,
      `Roadmap ${collection} link to ${allowed} boards, not to a ${board.kind} board.`,
    );
  }
  if (shape === 'board') {
    if (target.itemId !== null) {
      throw new ApiError(400, `Link to the ${board.kind} board itself: itemId must be null.`);
    }
    return;
  }
  if (target.itemId === null) {
    throw new ApiError(400, `Name the ${board.kind} entry to link to: itemId must not be null.`);
  }
  const entry = links.index.entry(board.id, target.itemId);
  if (!entry || entry.collection !== 'items') {
    throw new ApiError(
      400,
      `Cannot link to item ${JSON.stringify(target.itemId)}: board "${board.title}" has no such item.`,
    );
  }
  if (NOT_LINKABLE_TYPES[board.kind]?.includes(entry.type)) {
    throw new ApiError(400, `Cannot link to a ${entry.type} of a ${board.kind} board.`);
  }
}

/** The entry's Y.Map in the live document, or undefined (also for foreign values). */
function entryMap(doc: Y.Doc, collection: string, id: string): Y.Map<unknown> | undefined {
  try {
    const entry = doc.getMap<unknown>(collection).get(id);
    return entry instanceof Y.Map ? (entry as Y.Map<unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function noEntry(collection: string, id: string): ModelError {
  return new ModelError(
    'not-found',
    `No entry ${JSON.stringify(id)} in ${collection} on this board.`,
  );
}

/** One entry of a board with its links both ways, as `GET /api/boards/:id/links` answers. */
function entryLinks(
  resolver: LinkResolver,
  entry: IndexedEntry,
  outgoing: readonly IndexedLink[],
  incoming: readonly IndexedLink[],
) {
  return {
    collection: entry.collection,
    id: entry.id,
    title: entry.title,
    outgoing: outgoing.map((link) => resolver.resolve(link.to.boardId, link.to.itemId)),
    incoming: incoming.map((link) => ({
      collection: link.fromCollection,
      ...resolver.resolve(link.fromBoard, link.fromId),
    })),
  };
}

/**
 * Cross-board links: `GET/POST/DELETE /api/boards/:id/links` and the picker's
 * `GET /api/entries?kind=&q=`. Mounted at `/api`. Links are written into the pointing entry's
 * document (so live clients see them at once); both sides are read from the link index.
 */
export function linkRoutes(
  boards: BoardService,
  links: LinkIndexExtension,
  access: Access,
): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  const editor = requireRole('editor');
  const resolverFor = (identity: Identity) =>
    new LinkResolver(boards, links, (boardId) => access.roleOn(identity, boardId) !== null);

  app.get('/boards/:id/links', (c) => {
    const id = c.req.param('id');
    boards.summary(id);
    links.flush();
    const resolver = resolverFor(c.get('identity'));
    // Links from or to boards the caller cannot read are left out, not shown as gone: a
    // deleted board and one shared with others only must not look alike.
    const outgoing = links.index.outgoing(id).filter((link) => !resolver.isHidden(link.to.boardId));
    const incoming = links.index.incoming(id).filter((link) => !resolver.isHidden(link.fromBoard));
    const key = (collection: string, entryId: string) => `${collection}/${entryId}`;
    return c.json({
      boardId: id,
      incoming: incoming
        .filter((link) => link.to.itemId === null)
        .map((link) => ({
          collection: link.fromCollection,
          ...resolver.resolve(link.fromBoard, link.fromId),
        })),
      entries: links.index.entriesOf(id).map((entry) =>
        entryLinks(
          resolver,
          entry,
          outgoing.filter(
            (link) => key(link.fromCollection, link.fromId) === key(entry.collection, entry.id),
          ),
          // Incoming links name entries by id only; targets always live in `items`.
          entry.collection === 'items'
            ? incoming.filter((link) => link.to.itemId === entry.id)
            : [],
        ),
      ),
    });
  });

  app.post('/boards/:id/links', editor, async (c) => {
    const id = c.req.param('id');
    const { from, to } = await parseBody(c, linkBody);
    const source = boards.summary(id);
    links.flush();
    // A board the caller cannot read is "no such board" (400), never revealed.
    const resolver = resolverFor(c.get('identity'));
    checkTarget(resolver, links, source.kind, from.collection, to);
    await boards.write(id, c.get('identity'), (doc, ctx) => {
      if (!entryMap(doc, from.collection, from.id)) throw noEntry(from.collection, from.id);
      addLink(doc, from.collection, from.id, to, ctx);
    });
    return c.json({ from, to: resolver.resolve(to.boardId, to.itemId) }, 201);
  });

  app.delete('/boards/:id/links', editor, async (c) => {
    const id = c.req.param('id');
    const { from, to } = await parseBody(c, linkBody);
    boards.summary(id);
    // No check of the target: a link to a deleted entry must stay removable.
    await boards.write(id, c.get('identity'), (doc, ctx) => {
      const entry = entryMap(doc, from.collection, from.id);
      if (!entry) throw noEntry(from.collection, from.id);
      if (!readLinks(entry).some((link) => linkKey(link) === linkKey(to))) {
        throw new ModelError(
          'not-found',
          `Entry ${JSON.stringify(from.id)} has no link to that target.`,
        );
      }
      removeLink(doc, from.collection, from.id, to, ctx);
    });
    return c.body(null, 204);
  });

  app.get('/entries', (c) => {
    const { kind, q = '' } = validate(entriesQuery, c.req.query());
    const identity = c.get('identity');
    const canRead = (boardId: string) => access.roleOn(identity, boardId) !== null;
    links.flush();
    const needle = q.trim().toLocaleLowerCase();
    const matches = (...texts: string[]) =>
      needle === '' || texts.some((text) => text.toLocaleLowerCase().includes(needle));
    if (kind === 'launch') {
      // Releases link to a whole launch board, so the picker lists boards.
      const found = boards
        .list()
        .filter((board) => board.kind === kind && canRead(board.id) && matches(board.title))
        .sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0))
        .slice(0, MAX_SEARCH_RESULTS)
        .map((board) => ({
          boardId: board.id,
          boardTitle: board.title,
          boardKind: board.kind,
          itemId: null,
          itemTitle: null,
          type: '',
        }));
      return c.json(found);
    }
    const excluded = NOT_LINKABLE_TYPES[kind] ?? [];
    const found = links.index
      .entriesOfKind(kind)
      .filter(
        (entry) =>
          !excluded.includes(entry.type) &&
          canRead(entry.board) &&
          matches(entry.title, entry.boardTitle),
      )
      .slice(0, MAX_SEARCH_RESULTS)
      .map((entry) => ({
        boardId: entry.board,
        boardTitle: entry.boardTitle,
        boardKind: entry.boardKind,
        itemId: entry.id,
        itemTitle: entry.title,
        type: entry.type,
      }));
    return c.json(found);
  });

  return app;
}
