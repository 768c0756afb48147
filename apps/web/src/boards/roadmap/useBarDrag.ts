import { useRef, useState, type PointerEvent } from 'react';

/** What a pointer drag on a bar is doing: moving both dates, or moving the end date. */
export type BarDragMode = 'move' | 'resize';

/** The whole days a drag has covered so far, while it lasts. */
export interface BarDragState {
  readonly mode: BarDragMode;
  readonly days: number;
}

interface DragStart {
  readonly mode: BarDragMode;
  readonly x: number;
  readonly pointerId: number;
  /** Pixels per day of the track the bar lies on. */
  readonly dayWidth: number;
}

/** The handlers and preview of a pointer drag. */
export interface BarDrag {
  readonly preview: BarDragState | null;
  readonly onPointerDown: (event: PointerEvent<HTMLElement>, mode: BarDragMode) => void;
  readonly onPointerMove: (event: PointerEvent<HTMLElement>) => void;
  readonly onPointerUp: (event: PointerEvent<HTMLElement>) => void;
  readonly onPointerCancel: () => void;
  /** True right after a drag, so the click that ends it does not also open the item. */
  readonly consumeClick: () => boolean;
}

/**
 * Drags a timeline bar with the pointer. The bar previews the move while the pointer is down
 * and `commit` runs once when it is released, so a drag is one model operation (and one undo
 * step), not one per pixel.
 */
export function useBarDrag(
  daysInScale: number,
  commit: (mode: BarDragMode, days: number) => void,
): BarDrag {
  const start = useRef<DragStart | null>(null);
  const dragged = useRef(false);
  const [preview, setPreview] = useState<BarDragState | null>(null);

  const daysAt = (event: PointerEvent<HTMLElement>, from: DragStart): number =>
    Math.round((event.clientX - from.x) / from.dayWidth);

  return {
    preview,
    onPointerDown: (event, mode) => {
      if (event.button !== 0) return;
      const track = event.currentTarget.closest('[data-timeline-track]');
      const width = track?.getBoundingClientRect().width ?? 0;
      if (width <= 0) return;
      event.stopPropagation();
      event.currentTarget.setPointerCapture(event.pointerId);
      start.current = {
        mode,
        x: event.clientX,
        pointerId: event.pointerId,
        dayWidth: width / daysInScale,
      };
      dragged.current = false;
    },
    onPointerMove: (event) => {
      const from = start.current;
      if (!from || from.pointerId !== event.pointerId) return;
      const days = daysAt(event, from);
      if (days !== 0) dragged.current = true;
      setPreview({ mode: from.mode, days });
    },
    onPointerUp: (event) => {
      const from = start.current;
      if (!from || from.pointerId !== event.pointerId) return;
      start.current = null;
      setPreview(null);
      const days = daysAt(event, from);
      if (days !== 0) commit(from.mode, days);
    },
    onPointerCancel: () => {
      start.current = null;
      setPreview(null);
    },
    consumeClick: () => {
      const wasDrag = dragged.current;
      dragged.current = false;
      return wasDrag;
    },
  };
}
