import type { RoadmapView, PlacementTarget } from '@cairn/model';
import {
  closestCenter,
  getFirstCollision,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type KeyboardSensorOptions,
  type PointerSensorOptions,
  type SensorDescriptor,
  type SensorOptions,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { parseCellKey } from './cellKey';
import { findCell, groupItemsByCell, type CellContents } from './groupItemsByCell';

/** A drag in progress: its own copy of the cells, rearranged as the card crosses them. */
interface DragState {
  readonly activeId: string;
  readonly cells: CellContents;
  /** Where the card started, to tell a real move from a drop in place. */
  readonly origin: { readonly cell: string; readonly index: number };
}

/** What RoadmapGrid hands to DndContext, and the cells to render. */
export interface CardDrag {
  readonly sensors: SensorDescriptor<SensorOptions>[];
  readonly collisionDetection: CollisionDetection;
  readonly onDragStart: (event: DragStartEvent) => void;
  readonly onDragOver: (event: DragOverEvent) => void;
  readonly onDragEnd: (event: DragEndEvent) => void;
  readonly onDragCancel: () => void;
  /** The board's cells, or the drag's rearranged copy while a card is moving. */
  readonly cells: CellContents;
  readonly activeId: string | null;
}

// The sensors' options are made once: dnd-kit re-creates its sensors, and with them the context
// every card's sortable reads, whenever an options object is new, so each board edit would
// render all cards again.

/** A few pixels of travel before a drag starts, so a click still opens the card. */
const POINTER_OPTIONS: PointerSensorOptions = { activationConstraint: { distance: 6 } };
/** Enter opens a card, so only Space picks one up. */
const KEYBOARD_OPTIONS: KeyboardSensorOptions = {
  coordinateGetter: sortableKeyboardCoordinates,
  keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
};

function moveBetweenCells(
  cells: CellContents,
  activeId: string,
  from: string,
  to: string,
  index: number,
): CellContents {
  const next = new Map(cells);
  const target = (cells.get(to) ?? []).filter((id) => id !== activeId);
  next.set(
    from,
    (cells.get(from) ?? []).filter((id) => id !== activeId),
  );
  next.set(to, [...target.slice(0, index), activeId, ...target.slice(index)]);
  return next;
}

/**
 * Drag and drop of cards across cells, after dnd-kit's multiple-containers pattern: while the
 * card moves, a local copy of the cells is rearranged so the other cards make room; on drop, one
 * `moveItem` call places it. Remote changes during a drag show after the drop.
 */
export function useCardDrag(
  view: RoadmapView,
  commitMove: (itemId: string, target: Required<PlacementTarget>) => void,
): CardDrag {
  const boardCells = useMemo(() => groupItemsByCell(view), [view]);
  const [drag, setDrag] = useState<DragState | null>(null);
  const cells = drag?.cells ?? boardCells;
  const activeId = drag?.activeId ?? null;
  const lastOverId = useRef<UniqueIdentifier | null>(null);
  const movedToNewCell = useRef(false);

  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      movedToNewCell.current = false;
    });
    return () => cancelAnimationFrame(frame);
  }, [cells]);

  const sensors = useSensors(
    useSensor(PointerSensor, POINTER_OPTIONS),
    useSensor(KeyboardSensor, KEYBOARD_OPTIONS),
  );

  /**
   * The pointer's cell first, then the closest card within it; while the cell's contents are
   * being rearranged, the last target sticks, so the card does not flicker between two cells.
   */
  const collisionDetection = useCallback<CollisionDetection>(
    (args) => {
      const pointerHits = pointerWithin(args);
      const hits = pointerHits.length > 0 ? pointerHits : rectIntersection(args);
      let overId = getFirstCollision(hits, 'id');
      if (overId != null) {
        const cellItems = cells.get(String(overId));
        if (cellItems && cellItems.length > 0) {
          const closest = closestCenter({
            ...args,
            droppableContainers: args.droppableContainers.filter(
              (container) => container.id !== overId && cellItems.includes(String(container.id)),
            ),
          });
          overId = closest[0]?.id ?? overId;
        }
        lastOverId.current = overId;
        return [{ id: overId }];
      }
      if (movedToNewCell.current) lastOverId.current = activeId;
      return lastOverId.current != null ? [{ id: lastOverId.current }] : [];
    },
    [cells, activeId],
  );

  const onDragStart = useCallback(
    ({ active }: DragStartEvent) => {
      const id = String(active.id);
      const cell = findCell(boardCells, id);
      if (cell === undefined) return;
      lastOverId.current = null;
      const index = boardCells.get(cell)?.indexOf(id) ?? 0;
      setDrag({ activeId: id, cells: boardCells, origin: { cell, index } });
    },
    [boardCells],
  );

  const onDragOver = useCallback(
    ({ active, over }: DragOverEvent) => {
      if (!drag || !over) return;
      const overId = String(over.id);
      const from = findCell(drag.cells, drag.activeId);
      const to = findCell(drag.cells, overId);
      if (from === undefined || to === undefined || from === to) return;
      const target = drag.cells.get(to) ?? [];
      let index = target.length;
      if (overId !== to) {
        const translated = active.rect.current.translated;
        const belowOver =
          translated !== null && translated.top > over.rect.top + over.rect.height / 2;
        index = Math.max(0, target.indexOf(overId)) + (belowOver ? 1 : 0);
      }
      movedToNewCell.current = true;
      setDrag({ ...drag, cells: moveBetweenCells(drag.cells, drag.activeId, from, to, index) });
    },
    [drag],
  );

  const onDragEnd = useCallback(
    ({ over }: DragEndEvent) => {
      setDrag(null);
      if (!drag || !over) return;
      const overId = String(over.id);
      const to = findCell(drag.cells, overId);
      const axes = to === undefined ? null : parseCellKey(to);
      if (to === undefined || axes === null) return;
      const ids = drag.cells.get(to) ?? [];
      const others = ids.filter((id) => id !== drag.activeId);
      // Over a card: take its place (as arrayMove would). Over the cell itself: stay where the
      // drag put the card, or go last.
      let index =
        overId === to || overId === drag.activeId
          ? ids.indexOf(drag.activeId)
          : ids.indexOf(overId);
      if (index < 0 || index > others.length) index = others.length;
      if (to === drag.origin.cell && index === drag.origin.index) return;
      commitMove(drag.activeId, { lane: axes.lane, horizon: axes.horizon, index });
    },
    [drag, commitMove],
  );

  const onDragCancel = useCallback(() => setDrag(null), []);

  return {
    sensors,
    collisionDetection,
    onDragStart,
    onDragOver,
    onDragEnd,
    onDragCancel,
    cells,
    activeId,
  };
}
