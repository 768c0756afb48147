import { format } from 'date-fns';
import type { ReactNode } from 'react';
import type { PublishedBoard } from './publishingTypes';

/** The top of a published page: who published it with what, its title, label and freshness. */
export function PublishedHeader({
  board,
  children,
}: {
  readonly board: PublishedBoard;
  readonly children?: ReactNode;
}) {
  return (
    <header className="published__header">
      <p className="published__brand">Published with Cairn</p>
      <h1 className="published__title" dir="auto">
        {board.title}
      </h1>
      {board.label !== '' && (
        <p className="published__label" dir="auto">
          {board.label}
        </p>
      )}
      {children}
      <p className="published__updated">
        Read-only · updated {format(board.updatedAt, 'd MMM yyyy, HH:mm')}
      </p>
    </header>
  );
}
