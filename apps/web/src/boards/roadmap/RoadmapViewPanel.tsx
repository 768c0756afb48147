import { GroupedBoard } from './GroupedBoard';
import { PrioritiseView } from './PrioritiseView';
import { RoadmapGrid } from './RoadmapGrid';
import type { GroupBy, ViewMode } from './roadmapViewModes';
import { swimlanesOf } from './swimlanesOf';
import { TableView } from './TableView';
import { TimelineView } from './TimelineView';
import { useRoadmap } from './useRoadmap';

/** The content of the selected view tab. */
export function RoadmapViewPanel({
  mode,
  groupBy,
}: {
  readonly mode: ViewMode;
  readonly groupBy: GroupBy;
}) {
  const { view } = useRoadmap();
  switch (mode) {
    case 'board':
      // Grouped by lane, the board is the drag-and-drop grid; by owner or tag, a read-out of it.
      return groupBy === 'lane' ? (
        <RoadmapGrid />
      ) : (
        <GroupedBoard swimlanes={swimlanesOf(view, groupBy)} />
      );
    case 'timeline':
      return <TimelineView groupBy={groupBy} />;
    case 'table':
      return <TableView />;
    case 'prioritise':
      return <PrioritiseView />;
  }
}
