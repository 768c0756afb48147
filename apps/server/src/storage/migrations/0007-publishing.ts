/** Migration 7: published read-only views and webhooks (docs/publishing.md). */
export const PUBLISHING_MIGRATION = `
  -- Published read-only views of boards, opened at /p/<secret> by anyone holding the address.
  -- Only a SHA-256 of the secret is kept, as for share links: 256 random bits need no slow hash.
  CREATE TABLE publications (
    id TEXT PRIMARY KEY,
    board TEXT NOT NULL,                   -- board id (= document name)
    secret_hash TEXT NOT NULL UNIQUE,      -- SHA-256 (hex) of the cairnpub_ secret
    label TEXT NOT NULL,                   -- what the publisher calls it ('' for none)
    hidden TEXT NOT NULL,                  -- JSON array of the field groups left out of the view
    created_by TEXT NOT NULL,              -- person id of the publisher
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,           -- last change of label or hidden fields
    revoked_at INTEGER                     -- null while the address works
  );
  CREATE INDEX publications_by_board ON publications (board, created_at);

  -- Webhooks of boards. The secret is kept as is: every delivery is signed with it.
  CREATE TABLE webhooks (
    id TEXT PRIMARY KEY,
    board TEXT NOT NULL,
    url TEXT NOT NULL,                     -- http(s) address the deliveries are POSTed to
    events TEXT NOT NULL,                  -- JSON array of event types it receives
    secret TEXT NOT NULL,                  -- HMAC-SHA256 key of Cairn-Signature
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX webhooks_by_board ON webhooks (board);

  -- One event for one webhook, kept until delivered or given up, so a restart resumes retries.
  CREATE TABLE webhook_deliveries (
    id TEXT PRIMARY KEY,                   -- sent as payload id and Cairn-Delivery: the same on retries
    webhook TEXT NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    type TEXT NOT NULL,                    -- event type, as in Cairn-Event
    body TEXT NOT NULL,                    -- the exact JSON sent, so every attempt signs the same bytes
    state TEXT NOT NULL CHECK (state IN ('pending', 'delivered', 'failed')),
    attempts INTEGER NOT NULL,             -- attempts made so far
    next_at INTEGER,                       -- ms since the epoch of the next attempt; null once settled
    last_status INTEGER,                   -- HTTP status of the last attempt; null: no answer
    last_error TEXT,                       -- why the last attempt failed; null after a success
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE INDEX webhook_deliveries_due ON webhook_deliveries (state, next_at);
  CREATE INDEX webhook_deliveries_by_webhook ON webhook_deliveries (webhook, created_at);
`;
