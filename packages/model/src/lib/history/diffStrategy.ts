import type { PositioningView, StrategyItemView, StrategyView } from '../strategy/readStrategy.js';
import type { EntryRef } from './boardChange.js';
import type { ChangeList } from './ChangeList.js';
import { boardRef, entryRef } from './entryRefs.js';

/** The positioning statement as one sentence of the parts written so far. */
function positioningText(positioning: PositioningView): string {
  const parts = [
    ['For', positioning.for],
    ['who', positioning.who],
    ['unlike', positioning.unlike],
    ['we', positioning.we],
  ].filter(([, text]) => text !== '');
  return parts.map(([word, text]) => `${word} ${text}`).join(', ');
}

function percent(fraction: number | null): string {
  return fraction === null ? '' : `${Math.round(fraction * 100)}%`;
}

function compareItems(
  was: StrategyItemView,
  now: StrategyItemView,
  ref: EntryRef,
  out: ChangeList,
): void {
  out.renamed(ref, was.title, now.title);
  if (was.type === 'goal' && now.type === 'goal') {
    out.status(ref, was.status, now.status);
    out.changed(ref, 'progress', percent(was.progress), percent(now.progress));
    out.changed(
      ref,
      'confidence',
      was.confidence === null ? '' : `${was.confidence}%`,
      now.confidence === null ? '' : `${now.confidence}%`,
    );
  } else if (was.type === 'competitor' && now.type === 'competitor') {
    out.changed(ref, 'differentiation', was.differentiation, now.differentiation);
  }
}

/**
 * A strategy board's changes: title, vision and positioning; goals (objective, status, progress
 * of its key results, confidence) and competitors (name, differentiation).
 */
export function diffStrategy(before: StrategyView, after: StrategyView, out: ChangeList): void {
  const board = boardRef(after);
  out.renamed(board, before.title, after.title);
  out.changed(board, 'vision', before.vision, after.vision);
  out.changed(
    board,
    'positioning',
    positioningText(before.positioning),
    positioningText(after.positioning),
  );
  out.entries(
    before.items,
    after.items,
    ({ id, title, type }) => entryRef('items', id, title, type),
    (was, now, ref) => compareItems(was, now, ref, out),
  );
}
