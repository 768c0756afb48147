/** Migration 5: comment threads, reactions, mentions, the inbox and board follows (docs/comments.md). */
export const COMMENTS_MIGRATION = `
  -- Filled in with issue 5's comments.
`;
