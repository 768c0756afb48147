import { readCanvas } from '@cairn/model';
import type { BoardProps } from '../BoardProps';
import { useDocView } from '../useDocView';

/** A synced canvas board. */
export function CanvasBoard({ doc }: BoardProps) {
  const view = useDocView(doc, readCanvas);
  if (!view) return null;
  return (
    <main className="board-page">
      <h1>{view.title}</h1>
    </main>
  );
}
