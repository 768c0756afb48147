import { addItem, type ItemView } from '@cairn/model';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo, useMemo } from 'react';
import { QuickAddInput } from '../../ui/QuickAddInput';
import { CardSlot } from './CardSlot';
import type { Roadmap } from './RoadmapContext';

interface RoadmapCellProps {
  /** The cell's drag-and-drop id (`cellKey`). */
  readonly id: string;
  readonly laneId: string;
  readonly horizonId: string;
  readonly laneName: string;
  readonly horizonName: string;
  /** The cell's cards in order. */
  readonly items: readonly ItemView[];
  readonly readOnly: boolean;
  readonly perform: Roadmap['perform'];
  readonly openItem: Roadmap['openItem'];
  readonly editorsOf: Roadmap['editorsOf'];
  /** Keep cards far from the viewport out of dnd-kit (a large board; see CardSlot). */
  readonly sortableOnlyNearView: boolean;
  /** The card being dragged here, if any. */
  readonly activeId: string | null;
}

/**
 * Whether a cell would render the same: its items (the same objects, which `useDocView` keeps
 * for items that did not change) and their editors. A board renders every cell on each edit;
 * only the cells the edit touched render again.
 */
function sameCell(before: RoadmapCellProps, after: RoadmapCellProps): boolean {
  return (
    before.id === after.id &&
    before.laneId === after.laneId &&
    before.horizonId === after.horizonId &&
    before.laneName === after.laneName &&
    before.horizonName === after.horizonName &&
    before.readOnly === after.readOnly &&
    before.sortableOnlyNearView === after.sortableOnlyNearView &&
    before.activeId === after.activeId &&
    before.perform === after.perform &&
    before.openItem === after.openItem &&
    before.items.length === after.items.length &&
    before.items.every(
      (item, index) =>
        item === after.items[index] && before.editorsOf(item.id) === after.editorsOf(item.id),
    )
  );
}

/** The cell's item ids, the same array while they are the same ids (sortables re-render else). */
function useItemIds(items: readonly ItemView[]): string[] {
  const key = JSON.stringify(items.map((item) => item.id));
  return useMemo(() => JSON.parse(key) as string[], [key]);
}

/** One lane × horizon cell: its cards in order, a drop target, and the quick-add field. */
export const RoadmapCell = memo(function RoadmapCell(props: RoadmapCellProps) {
  const { id, laneId, horizonId, laneName, horizonName, items, readOnly, perform } = props;
  const { openItem, editorsOf, sortableOnlyNearView, activeId } = props;
  const { setNodeRef, isOver } = useDroppable({ id, disabled: readOnly });
  const itemIds = useItemIds(items);

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
      <SortableContext id={id} items={itemIds} strategy={verticalListSortingStrategy}>
        <ol className="roadmap-cell__items">
          {items.map((item) => (
            <CardSlot
              key={item.id}
              item={item}
              editors={editorsOf(item.id)}
              openItem={openItem}
              readOnly={readOnly}
              sortableOnlyNearView={sortableOnlyNearView}
              active={item.id === activeId}
            />
          ))}
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
}, sameCell);
