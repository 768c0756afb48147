import type { DependencyWarning, ItemHealth, RoadmapView } from '@cairn/model';

/** How each health reads for people. */
export const HEALTH_LABEL: Record<ItemHealth, string> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
};

/** A dependency warning as a sentence naming the other item. */
export function describeWarning(warning: DependencyWarning, view: RoadmapView): string {
  const other = view.items.find((item) => item.id === warning.dependsOn)?.title ?? 'a deleted item';
  switch (warning.reason) {
    case 'starts-before-dependency-ends':
      return `Starts before “${other}”, which it depends on, ends.`;
    case 'earlier-horizon':
      return `Planned in an earlier horizon than “${other}”, which it depends on.`;
    case 'cycle':
      return `It and “${other}” depend on each other.`;
  }
}
