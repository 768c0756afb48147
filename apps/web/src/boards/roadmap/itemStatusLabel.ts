import type { ItemStatus } from '@cairn/model';

/** How each status reads in the UI; the stored values stay the model's ids. */
export const ITEM_STATUS_LABEL: Readonly<Record<ItemStatus, string>> = {
  idea: 'Idea',
  planned: 'Planned',
  'in-progress': 'In progress',
  shipped: 'Shipped',
  cancelled: 'Cancelled',
};
