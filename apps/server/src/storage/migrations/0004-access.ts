/**
 * Migration 4: accounts, sessions, workspace and board memberships, share links
 * (docs/access.md).
 */
export const ACCESS_MIGRATION = `
  -- Filled in with issue 5's accounts and access.
`;
