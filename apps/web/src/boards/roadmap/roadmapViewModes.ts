/** The views of one roadmap document; Board (Now / Next / Later) is the default. */
export const VIEW_MODES = [
  { id: 'board', label: 'Board' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'table', label: 'Table' },
  { id: 'prioritise', label: 'Prioritise' },
] as const;
export type ViewMode = (typeof VIEW_MODES)[number]['id'];

/** What swimlanes group items by, on the Board and the Timeline. */
export const GROUP_BY_OPTIONS = [
  { id: 'lane', label: 'Lane' },
  { id: 'owner', label: 'Owner' },
  { id: 'tag', label: 'Tag' },
] as const;
export type GroupBy = (typeof GROUP_BY_OPTIONS)[number]['id'];
