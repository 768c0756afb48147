import type { LaunchTier, TaskStatus } from '@cairn/model';

/** How each task status reads in the UI. */
export const TASK_STATUS_LABEL: Readonly<Record<TaskStatus, string>> = {
  todo: 'To do',
  'in-progress': 'In progress',
  blocked: 'Blocked',
  done: 'Done',
  cancelled: 'Cancelled',
};

/** How each launch tier reads in the UI. */
export const LAUNCH_TIER_LABEL: Readonly<Record<LaunchTier, string>> = {
  'tier-1': 'Tier 1 · major',
  'tier-2': 'Tier 2',
  'tier-3': 'Tier 3 · minor',
};
