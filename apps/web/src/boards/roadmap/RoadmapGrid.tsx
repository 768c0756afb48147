import { moveItem, type PlacementTarget } from '@cairn/model';
import { DndContext, DragOverlay } from '@dnd-kit/core';
import { useCallback, useMemo, type CSSProperties } from 'react';
import { cellKey } from './cellKey';
import { dragAnnouncements, DRAG_INSTRUCTIONS } from './dragAnnouncements';
import { ItemCardBody } from './ItemCardBody';
import { LaneHeader } from './LaneHeader';
import { RoadmapCell } from './RoadmapCell';
import { useAnnouncerHost } from './useAnnouncerHost';
import { useCardDrag } from './useCardDrag';
import { useRoadmap } from './useRoadmap';

/**
 * Up to this many items every card is a sortable; on larger boards only those near the viewport
 * (CardSlot), so a remote move renders a screenful of cards rather than whole cells.
 */
const SORTABLE_EVERYWHERE_UP_TO = 150;

/**
 * The board: lanes as rows, horizons (Now, Next, Later) as columns. Scrolls sideways on narrow
 * screens with the lane names pinned, so a phone shows one lane name and a column or two.
 */
export function RoadmapGrid() {
  const { view, readOnly, perform, reportError, editorsOf, openItem } = useRoadmap();
  const [announcerHost, setAnnouncerHost] = useAnnouncerHost();

  const commitMove = useCallback(
    (itemId: string, target: Required<PlacementTarget>) => {
      const message = perform((doc, ctx) => moveItem(doc, itemId, target, ctx));
      if (message !== null) reportError(message);
    },
    [perform, reportError],
  );
  const drag = useCardDrag(view, commitMove);
  const { cells, activeId } = drag;

  const itemsById = useMemo(() => new Map(view.items.map((item) => [item.id, item])), [view.items]);
  const announcements = useMemo(() => dragAnnouncements(view, cells), [view, cells]);
  const activeItem = activeId === null ? undefined : itemsById.get(activeId);
  const gridStyle = { '--horizon-count': view.horizons.length } as CSSProperties;
  const sortableOnlyNearView = view.items.length > SORTABLE_EVERYWHERE_UP_TO;

  return (
    <DndContext
      sensors={drag.sensors}
      collisionDetection={drag.collisionDetection}
      onDragStart={drag.onDragStart}
      onDragOver={drag.onDragOver}
      onDragEnd={drag.onDragEnd}
      onDragCancel={drag.onDragCancel}
      accessibility={{
        announcements,
        screenReaderInstructions: DRAG_INSTRUCTIONS,
        ...(announcerHost ? { container: announcerHost } : {}),
      }}
    >
      <div className="roadmap-scroll">
        <div className="roadmap-grid" style={gridStyle}>
          <div className="roadmap-grid__row roadmap-grid__row--head" aria-hidden="true">
            <div className="roadmap-grid__corner">Lanes</div>
            {view.horizons.map((horizon) => (
              <div key={horizon.id} className="horizon-header" dir="auto">
                {horizon.name}
              </div>
            ))}
          </div>
          {view.lanes.map((lane, index) => {
            const laneItemCount = view.horizons.reduce(
              (count, horizon) => count + (cells.get(cellKey(lane.id, horizon.id))?.length ?? 0),
              0,
            );
            return (
              <div
                key={lane.id}
                className="roadmap-grid__row"
                data-testid="lane"
                data-lane-id={lane.id}
              >
                <LaneHeader
                  lane={lane}
                  index={index}
                  laneCount={view.lanes.length}
                  itemCount={laneItemCount}
                />
                {view.horizons.map((horizon) => {
                  const key = cellKey(lane.id, horizon.id);
                  const items = (cells.get(key) ?? []).flatMap((itemId) => {
                    const item = itemsById.get(itemId);
                    return item ? [item] : [];
                  });
                  return (
                    <RoadmapCell
                      key={key}
                      id={key}
                      laneId={lane.id}
                      horizonId={horizon.id}
                      laneName={lane.name}
                      horizonName={horizon.name}
                      items={items}
                      readOnly={readOnly}
                      perform={perform}
                      openItem={openItem}
                      editorsOf={editorsOf}
                      sortableOnlyNearView={sortableOnlyNearView}
                      activeId={activeId}
                    />
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
      <DragOverlay>
        {activeItem ? (
          <div className="item-card item-card--overlay">
            <ItemCardBody item={activeItem} editors={editorsOf(activeItem.id)} />
          </div>
        ) : null}
      </DragOverlay>
      <div ref={setAnnouncerHost} className="roadmap-announcer" />
    </DndContext>
  );
}
