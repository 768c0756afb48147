import { readLaunch } from '@cairn/model';
import type { BoardProps } from '../BoardProps';
import { useDocView } from '../useDocView';

/** A synced launch board. */
export function LaunchBoard({ doc }: BoardProps) {
  const view = useDocView(doc, readLaunch);
  if (!view) return null;
  return (
    <main className="board-page">
      <h1>{view.title}</h1>
    </main>
  );
}
