import type { Db } from './Db.js';
import { ACCESS_MIGRATION } from './migrations/0004-access.js';
import { COMMENTS_MIGRATION } from './migrations/0005-comments.js';
import { HISTORY_MIGRATION } from './migrations/0006-history.js';
import { PUBLISHING_MIGRATION } from './migrations/0007-publishing.js';
import { SIGNIN_FAILURES_MIGRATION } from './migrations/0008-signin-failures.js';

/**
 * Schema migrations, applied in order; `user_version` records how many have run. Append new
 * steps, never edit old ones: a data directory from any earlier release must upgrade. Newer steps
 * live in `migrations/`, one file each.
 */
export const MIGRATIONS: readonly string[] = [
  `
  -- Every Yjs update of every document, appended before the server acknowledges it.
  CREATE TABLE updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, -- global append order; compaction deletes up to a seq
    doc TEXT NOT NULL,                     -- document name (= board id)
    data BLOB NOT NULL,                    -- one Yjs update, as received
    created_at INTEGER NOT NULL            -- ms since the epoch, for operators reading the log
  );
  CREATE INDEX updates_by_doc ON updates (doc, seq);

  -- The merged state of a document up to upto_seq; loading = snapshot + later updates.
  CREATE TABLE snapshots (
    doc TEXT PRIMARY KEY,
    data BLOB NOT NULL,                    -- Y.encodeStateAsUpdate of the document
    upto_seq INTEGER NOT NULL,             -- every update with seq <= this is inside data
    updated_at INTEGER NOT NULL
  );

  -- The list of boards, so listing and authorising never load a document.
  CREATE TABLE boards (
    id TEXT PRIMARY KEY,                   -- also the Yjs document name
    kind TEXT NOT NULL,
    title TEXT NOT NULL,                   -- a copy of meta.title, refreshed after edits
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );

  -- API tokens. Only a SHA-256 of each secret is kept: tokens are 256 random bits, so a fast
  -- hash is enough (there is nothing to brute-force), and a leaked database leaks no token.
  CREATE TABLE tokens (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'commenter', 'editor', 'admin')),
    secret_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER                     -- null while the token works
  );
  `,
  `
  -- The link index: every entry of every board that a link can start from or point at, so that
  -- a link shows on both sides and with the target's current name without loading documents.
  -- Rebuilt per board from its document after edits (LinkIndexExtension); never the truth.
  CREATE TABLE entries (
    board TEXT NOT NULL,                   -- board id (= document name)
    collection TEXT NOT NULL,              -- root map of the entry: 'items' or 'releases'
    id TEXT NOT NULL,                      -- key of the entry in that map
    title TEXT NOT NULL,                   -- copy of its title (or name), so renames show at once
    type TEXT NOT NULL,                    -- its own type field ('goal', 'competitor'…) or ''
    PRIMARY KEY (board, collection, id)
  );
  CREATE INDEX entries_by_id ON entries (board, id);

  -- Every link, as stored on the pointing entry's links map; read backwards for incoming links.
  CREATE TABLE links (
    from_board TEXT NOT NULL,
    from_collection TEXT NOT NULL,
    from_id TEXT NOT NULL,
    to_board TEXT NOT NULL,
    to_item TEXT                           -- null: the link points at the whole board
  );
  CREATE INDEX links_by_source ON links (from_board, from_collection, from_id);
  CREATE INDEX links_by_target ON links (to_board, to_item);

  -- Boards whose entries and links are in the index; the others are indexed at start-up (boards
  -- created before this table existed).
  CREATE TABLE indexed_boards (
    board TEXT PRIMARY KEY,
    indexed_at INTEGER NOT NULL            -- ms since the epoch of the last rebuild
  );
  `,
  `
  -- Dot-vote ballots of canvas boards. They stay here, never in the board's document, so nobody
  -- sees anyone else's dots before the facilitator reveals the vote (BallotStore).
  CREATE TABLE ballots (
    board TEXT NOT NULL,                   -- board id (= document name)
    vote TEXT NOT NULL,                    -- id of the vote, as in the document's facilitation state
    voter TEXT NOT NULL,                   -- token id of the person voting
    dots TEXT NOT NULL,                    -- JSON object: shape id -> dots (whole numbers > 0)
    updated_at INTEGER NOT NULL,           -- ms since the epoch of the last change
    PRIMARY KEY (board, vote, voter)
  );
  `,
  ACCESS_MIGRATION,
  COMMENTS_MIGRATION,
  HISTORY_MIGRATION,
  PUBLISHING_MIGRATION,
  SIGNIN_FAILURES_MIGRATION,
];

/** Runs every migration the database has not seen yet, each in its own transaction. */
export function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version] as string);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
