/** Migration 6: named versions of boards and their schedules (docs/history.md). */
export const HISTORY_MIGRATION = `
  -- Named versions of boards: the whole document as it was, so a version can be compared with
  -- another or with now, copied into a new board, or rolled back to (VersionStore).
  CREATE TABLE board_versions (
    id TEXT PRIMARY KEY,                   -- 'v_' + 96 random bits; appears in URLs
    board TEXT NOT NULL,                   -- board id (= document name)
    name TEXT NOT NULL,                    -- as given (trimmed), or 'Automatic – <date>'
    author TEXT NOT NULL,                  -- person id of who took it (or set the schedule)
    author_name TEXT NOT NULL,             -- their name then
    scheduled INTEGER NOT NULL CHECK (scheduled IN (0, 1)), -- 1: taken by the schedule
    state BLOB NOT NULL,                   -- Y.encodeStateAsUpdate of the live document
    state_vector BLOB NOT NULL,            -- Y.encodeStateVector then: "changed since?" test
    created_at INTEGER NOT NULL            -- ms since the epoch (server clock)
  );
  CREATE INDEX board_versions_by_board ON board_versions (board, created_at);

  -- At most one schedule per board: take an automatic version every day or week when the board
  -- changed since its last version (VersionScheduler).
  CREATE TABLE version_schedules (
    board TEXT PRIMARY KEY,
    every TEXT NOT NULL CHECK (every IN ('day', 'week')),
    set_by TEXT NOT NULL,                  -- person id; automatic versions carry their name
    set_by_name TEXT NOT NULL,
    next_at INTEGER NOT NULL,              -- ms since the epoch of the next check
    updated_at INTEGER NOT NULL
  );
`;
