/** Migration 5: comment threads, reactions, mentions, the inbox and board follows (docs/comments.md). */
export const COMMENTS_MIGRATION = `
  -- Comment threads. Kept here and never in a board's document, so only the REST API (which
  -- checks roles) can make or change one; a crafted Yjs update cannot.
  CREATE TABLE comment_threads (
    id TEXT PRIMARY KEY,                   -- = the id of the thread's first comment
    board TEXT NOT NULL,                   -- board id (= document name)
    anchor_type TEXT CHECK (anchor_type IN ('item', 'shape')), -- null: the thread is on the board
    anchor_id TEXT,                        -- entry key ('items'/'releases') or tldraw shape id
    author TEXT NOT NULL,                  -- person id of whoever started it (may resolve it)
    resolved_by TEXT,                      -- person id; null while open
    resolved_by_name TEXT,                 -- their name when they resolved it
    resolved_at INTEGER,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX comment_threads_by_board ON comment_threads (board, created_at);

  -- Every comment of every thread, oldest first by (created_at, rowid).
  CREATE TABLE comments (
    id TEXT PRIMARY KEY,
    thread TEXT NOT NULL REFERENCES comment_threads (id) ON DELETE CASCADE,
    author TEXT NOT NULL,                  -- person id, stamped by the server
    author_name TEXT NOT NULL,             -- their name when they wrote it
    body TEXT NOT NULL,                    -- plain text as written (trimmed); '' once deleted
    created_at INTEGER NOT NULL,
    edited_at INTEGER,                     -- last body edit; null if never edited
    deleted_at INTEGER                     -- set on a deleted comment kept for the replies after it
  );
  CREATE INDEX comments_by_thread ON comments (thread, created_at);

  -- People a comment mentions who could read the board when it was written or last edited.
  CREATE TABLE comment_mentions (
    comment TEXT NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
    person TEXT NOT NULL,
    PRIMARY KEY (comment, person)
  );

  -- One row per person and emoji on a comment: a person reacts with an emoji at most once.
  CREATE TABLE comment_reactions (
    comment TEXT NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
    emoji TEXT NOT NULL,
    person TEXT NOT NULL,
    person_name TEXT NOT NULL,             -- their name when they reacted
    created_at INTEGER NOT NULL,           -- orders the people of one emoji
    PRIMARY KEY (comment, emoji, person)
  );

  -- Each person's inbox: a mention of them, or a reply in a thread they took part in.
  CREATE TABLE inbox_items (
    id TEXT PRIMARY KEY,
    person TEXT NOT NULL,                  -- whose inbox
    kind TEXT NOT NULL CHECK (kind IN ('mention', 'reply')),
    board TEXT NOT NULL,
    thread TEXT NOT NULL,
    comment TEXT NOT NULL,                 -- the comment it is about; items go when it is deleted
    by_id TEXT NOT NULL,                   -- its author
    by_name TEXT NOT NULL,
    excerpt TEXT NOT NULL,                 -- the start of the body, mentions shown as @Name
    created_at INTEGER NOT NULL,
    read_at INTEGER                        -- null while unread
  );
  CREATE INDEX inbox_items_by_person ON inbox_items (person, created_at);
  CREATE INDEX inbox_items_by_comment ON inbox_items (comment);

  -- Who follows which board, and when they last opened it. A row can exist without a follow
  -- (a visit of a board one does not follow) and keeps an unfollow, which automatic follows
  -- (creating, commenting, being mentioned) never undo.
  CREATE TABLE board_follows (
    person TEXT NOT NULL,
    board TEXT NOT NULL,
    following INTEGER,                     -- 1 following, 0 unfollowed on purpose, null neither
    last_visit_at INTEGER,                 -- ms since the epoch; null: never visited
    -- board_activity.seq high-water mark at the last visit (or at the follow, before any visit):
    -- "since your last visit" is every later row. A sequence, not a time, so that nothing made in
    -- the same millisecond as the visit is lost or counted twice.
    seen_seq INTEGER NOT NULL,
    PRIMARY KEY (person, board)
  );
  CREATE INDEX board_follows_by_board ON board_follows (board);

  -- What people did on boards, for "since your last visit". Edits are counted from document
  -- updates and written once per person and board per coalescing window (about a minute), not
  -- per update; each comment adds one row.
  CREATE TABLE board_activity (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, -- only grows, so visits can remember where they were
    board TEXT NOT NULL,
    person TEXT NOT NULL,
    person_name TEXT,                      -- null for edits made over REST (named at read time)
    edits INTEGER NOT NULL,                -- document updates in this window
    comments INTEGER NOT NULL,             -- comments written (1 on a comment's row, else 0)
    last_at INTEGER NOT NULL               -- ms since the epoch of the last of them
  );
  CREATE INDEX board_activity_by_board ON board_activity (board, seq);
`;
