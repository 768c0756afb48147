import type { NotePosition } from '@cairn/model';
import { useRef, useState, type PointerEvent } from 'react';
import { offsetPosition } from './nudgePosition';

/** How far the pointer must travel before a press becomes a drag (so clicks stay clicks). */
const DRAG_THRESHOLD_PX = 4;

interface DragStart {
  readonly pointerId: number;
  readonly clientX: number;
  readonly clientY: number;
}

/** What a note needs to be dragged with a pointer. */
export interface NoteDrag {
  /** The offset to show while dragging, or null when the note is not being dragged. */
  readonly offset: { readonly dx: number; readonly dy: number } | null;
  readonly handlers: {
    readonly onPointerDown: (event: PointerEvent<HTMLElement>) => void;
    readonly onPointerMove: (event: PointerEvent<HTMLElement>) => void;
    readonly onPointerUp: (event: PointerEvent<HTMLElement>) => void;
    readonly onPointerCancel: (event: PointerEvent<HTMLElement>) => void;
  };
}

/** True when the press started on a control inside the note, which keeps its own behaviour. */
function startsOnControl(event: PointerEvent<HTMLElement>): boolean {
  return (
    event.target instanceof Element && event.target.closest('button, select, textarea') !== null
  );
}

/**
 * Drags a note with the pointer. The note follows the pointer locally (no document writes while
 * dragging, so others see one clean move), and `onDrop` gets the final position, clamped to the
 * canvas, once the pointer is released.
 */
export function useNoteDrag(
  position: NotePosition,
  enabled: boolean,
  onDrop: (position: NotePosition) => void,
): NoteDrag {
  const start = useRef<DragStart | null>(null);
  const [offset, setOffset] = useState<{ dx: number; dy: number } | null>(null);

  const end = (event: PointerEvent<HTMLElement>, drop: boolean): void => {
    const from = start.current;
    if (!from || from.pointerId !== event.pointerId) return;
    start.current = null;
    setOffset(null);
    if (event.currentTarget.hasPointerCapture(event.pointerId)) {
      event.currentTarget.releasePointerCapture(event.pointerId);
    }
    const dx = event.clientX - from.clientX;
    const dy = event.clientY - from.clientY;
    if (drop && Math.hypot(dx, dy) >= DRAG_THRESHOLD_PX) onDrop(offsetPosition(position, dx, dy));
  };

  return {
    offset,
    handlers: {
      onPointerDown: (event) => {
        if (!enabled || event.button !== 0 || startsOnControl(event)) return;
        start.current = {
          pointerId: event.pointerId,
          clientX: event.clientX,
          clientY: event.clientY,
        };
        event.currentTarget.setPointerCapture(event.pointerId);
      },
      onPointerMove: (event) => {
        const from = start.current;
        if (!from || from.pointerId !== event.pointerId) return;
        const dx = event.clientX - from.clientX;
        const dy = event.clientY - from.clientY;
        if (offset === null && Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return;
        setOffset({ dx, dy });
      },
      onPointerUp: (event) => end(event, true),
      onPointerCancel: (event) => end(event, false),
    },
  };
}
