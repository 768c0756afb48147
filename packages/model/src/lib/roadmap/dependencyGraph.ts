import type * as Y from 'yjs';
import { forEachChildMap } from '../core/boardMaps.js';
import { readKeySet } from './roadmapValues.js';
import { ROADMAP_ITEM_FIELDS } from './roadmapSchema.js';

/** Item id → ids of the items it depends on, for items that exist; missing targets dropped. */
export type DependencyGraph = ReadonlyMap<string, readonly string[]>;

/** The dependency edges between the items of a board, skipping targets that no longer exist. */
export function readDependencyGraph(items: Y.Map<unknown>): DependencyGraph {
  const stored = new Map<string, { readonly dependencies: readonly string[] }>();
  forEachChildMap(items, (item, id) => {
    stored.set(id, { dependencies: readKeySet(item, ROADMAP_ITEM_FIELDS.dependencies) });
  });
  return dependencyGraphOf(stored);
}

/** The graph of items whose stored dependency ids are known (by item id). */
export function dependencyGraphOf(
  items: ReadonlyMap<string, { readonly dependencies: readonly string[] }>,
): DependencyGraph {
  const graph = new Map<string, readonly string[]>();
  for (const [id, { dependencies }] of items) {
    graph.set(
      id,
      dependencies.filter((target) => items.has(target)),
    );
  }
  return graph;
}

/** True when `to` can be reached from `from` by following dependencies (or is `from`). */
export function reaches(graph: DependencyGraph, from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    if (current === to) return true;
    if (seen.has(current)) continue;
    seen.add(current);
    for (const next of graph.get(current) ?? []) if (!seen.has(next)) stack.push(next);
  }
  return false;
}

/**
 * The edges `from → to` that lie on a cycle. Operations refuse to close a cycle, but two people
 * adding opposite dependencies at once can make one; readers flag it rather than loop.
 */
export function cyclicEdges(graph: DependencyGraph): Set<string> {
  const edges = new Set<string>();
  for (const [from, targets] of graph) {
    for (const to of targets) if (reaches(graph, to, from)) edges.add(`${from}→${to}`);
  }
  return edges;
}
