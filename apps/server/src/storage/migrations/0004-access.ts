/**
 * Migration 4: accounts, sessions, workspace and board memberships, share links
 * (docs/access.md).
 */
export const ACCESS_MIGRATION = `
  -- People who sign in with an email and a password.
  CREATE TABLE users (
    id TEXT PRIMARY KEY,                   -- 'u_' + 72 random bits; what comments and presence name
    email TEXT NOT NULL UNIQUE,            -- trimmed and lower-cased, so one person has one account
    name TEXT NOT NULL,                    -- shown on presence, comments and member lists
    password_hash TEXT NOT NULL,           -- argon2id, PHC string with its own salt and costs
    role TEXT CHECK (role IN ('viewer', 'commenter', 'editor', 'admin')),
                                           -- workspace role on every board; null: none, only
                                           -- board memberships and share links count
    created_at INTEGER NOT NULL            -- ms since the epoch
  );

  -- Signed-in browsers. Only a SHA-256 of each cookie secret is kept: secrets are 256 random
  -- bits, so a fast hash is enough, and a leaked database signs nobody in.
  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,                   -- random; what sockets re-check on every message
    secret_hash TEXT NOT NULL UNIQUE,      -- SHA-256 (hex) of the cookie's secret
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    last_used_at INTEGER NOT NULL,         -- refreshed at most hourly, so reads stay reads
    expires_at INTEGER NOT NULL            -- 30 days after last_used_at (sliding)
  );
  CREATE INDEX sessions_by_user ON sessions (user_id);

  -- A person's role on one board, on top of their workspace role (the stronger one counts).
  CREATE TABLE board_members (
    board TEXT NOT NULL,                   -- board id (= document name)
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'commenter', 'editor', 'admin')),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (board, user_id)
  );
  CREATE INDEX board_members_by_user ON board_members (user_id);

  -- Links that open one board with a role, for guests or on top of a signed-in person's own
  -- roles. Only a SHA-256 of the secret is kept, as for tokens.
  CREATE TABLE share_links (
    id TEXT PRIMARY KEY,                   -- random; guests appear as 'link:<id>'
    board TEXT NOT NULL,                   -- the one board this link opens
    role TEXT NOT NULL CHECK (role IN ('viewer', 'commenter', 'editor')),
                                           -- never admin: links cannot manage people
    label TEXT NOT NULL,                   -- who it is for; guests are named '<label> (guest)'
    secret_hash TEXT NOT NULL UNIQUE,      -- SHA-256 (hex) of 'cairnlink_…'
    created_by TEXT NOT NULL,              -- user or token id of its maker (editors revoke their own)
    created_at INTEGER NOT NULL,
    expires_at INTEGER,                    -- ms since the epoch; null: until revoked
    revoked_at INTEGER                     -- null while the link works
  );
  CREATE INDEX share_links_by_board ON share_links (board);
`;
