import { addItem, type ItemView } from '@cairn/model';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { QuickAddInput } from '../../ui/QuickAddInput';
import { ItemCard } from './ItemCard';
import { useRoadmap } from './useRoadmap';

interface RoadmapCellProps {
  /** The cell's drag-and-drop id (`cellKey`). */
  readonly id: string;
  readonly laneId: string;
  readonly horizonId: string;
  readonly laneName: string;
  readonly horizonName: string;
  readonly itemIds: readonly string[];
  readonly itemsById: ReadonlyMap<string, ItemView>;
}

/** One lane × horizon cell: its cards in order, a drop target, and the quick-add field. */
export function RoadmapCell(props: RoadmapCellProps) {
  const { id, laneId, horizonId, laneName, horizonName, itemIds, itemsById } = props;
  const { readOnly, perform } = useRoadmap();
  const { setNodeRef, isOver } = useDroppable({ id, disabled: readOnly });

  return (
    <div
      ref={setNodeRef}
      className={isOver ? 'roadmap-cell roadmap-cell--over' : 'roadmap-cell'}
      role="group"
      aria-label={`${laneName} / ${horizonName}`}
      data-testid="cell"
      data-lane-id={laneId}
      data-horizon-id={horizonId}
    >
      <span className="roadmap-cell__horizon" aria-hidden="true">
        {horizonName}
      </span>
      <SortableContext id={id} items={itemIds as string[]} strategy={verticalListSortingStrategy}>
        <ol className="roadmap-cell__items">
          {itemIds.map((itemId) => {
            const item = itemsById.get(itemId);
            return item ? (
              <li key={itemId}>
                <ItemCard item={item} />
              </li>
            ) : null;
          })}
        </ol>
      </SortableContext>
      {!readOnly && (
        // Enter adds the item at the end of the cell.
        <QuickAddInput
          label={`Add item to ${laneName} / ${horizonName}`}
          placeholder="+ Add item"
          className="add-item"
          inputClassName="add-item__input"
          onAdd={(title) =>
            perform((doc, ctx) => {
              addItem(doc, { title, lane: laneId, horizon: horizonId }, ctx);
            })
          }
        />
      )}
    </div>
  );
}
