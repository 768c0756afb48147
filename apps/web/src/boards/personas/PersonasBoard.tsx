import { readPersonas } from '@cairn/model';
import type { BoardProps } from '../BoardProps';
import { useDocView } from '../useDocView';

/** A synced personas board. */
export function PersonasBoard({ doc }: BoardProps) {
  const view = useDocView(doc, readPersonas);
  if (!view) return null;
  return (
    <main className="board-page">
      <h1>{view.title}</h1>
    </main>
  );
}
