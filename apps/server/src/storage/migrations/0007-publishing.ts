/** Migration 7: published read-only views and webhooks (docs/publishing.md). */
export const PUBLISHING_MIGRATION = `
  -- Filled in by the publishing work (publications, webhooks, deliveries).
  SELECT 1;
`;
