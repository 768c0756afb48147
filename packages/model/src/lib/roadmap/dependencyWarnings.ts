import { cyclicEdges, type DependencyGraph } from './dependencyGraph.js';

/** Why an item's plan conflicts with one of its dependencies. */
export type DependencyWarningReason =
  /** It starts on or before the day its dependency ends (its end date is its last day of work). */
  | 'starts-before-dependency-ends'
  /** It sits in an earlier horizon (Now before Next) than its dependency. */
  | 'earlier-horizon'
  /** It and its dependency depend on each other, directly or not (concurrent edits made a cycle). */
  | 'cycle';

/** One conflict between an item and an item it depends on. */
export interface DependencyWarning {
  readonly dependsOn: string;
  readonly reason: DependencyWarningReason;
}

/** What the warnings need of each item. */
export interface ScheduledItem {
  readonly startDate: string | null;
  readonly endDate: string | null;
  /** Position of the item's horizon among the board's horizons. */
  readonly horizonIndex: number;
}

/**
 * The warnings of every item with any, by item id, in dependency-id order. Dates compare as
 * 'YYYY-MM-DD' strings; an item without a start uses its end, a dependency without an end its
 * start; without dates on either side there is no date warning.
 */
export function dependencyWarnings(
  graph: DependencyGraph,
  items: ReadonlyMap<string, ScheduledItem>,
): Map<string, DependencyWarning[]> {
  const cycles = cyclicEdges(graph);
  const warnings = new Map<string, DependencyWarning[]>();
  for (const [id, targets] of graph) {
    const item = items.get(id);
    if (!item) continue;
    const list: DependencyWarning[] = [];
    for (const dependsOn of targets) {
      const dependency = items.get(dependsOn);
      if (!dependency) continue;
      if (cycles.has(`${id}→${dependsOn}`)) list.push({ dependsOn, reason: 'cycle' });
      const starts = item.startDate ?? item.endDate;
      const ends = dependency.endDate ?? dependency.startDate;
      if (starts !== null && ends !== null && starts <= ends) {
        list.push({ dependsOn, reason: 'starts-before-dependency-ends' });
      }
      if (item.horizonIndex < dependency.horizonIndex) {
        list.push({ dependsOn, reason: 'earlier-horizon' });
      }
    }
    if (list.length > 0) warnings.set(id, list);
  }
  return warnings;
}
