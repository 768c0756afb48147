/** Migration 6: named versions of boards and their schedules (docs/history.md). */
export const HISTORY_MIGRATION = `
  -- Filled in by the history work (versions, schedules).
  SELECT 1;
`;
