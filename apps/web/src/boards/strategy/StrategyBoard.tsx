import { readStrategy } from '@cairn/model';
import type { BoardProps } from '../BoardProps';
import { useDocView } from '../useDocView';

/** A synced strategy board. */
export function StrategyBoard({ doc }: BoardProps) {
  const view = useDocView(doc, readStrategy);
  if (!view) return null;
  return (
    <main className="board-page">
      <h1>{view.title}</h1>
    </main>
  );
}
