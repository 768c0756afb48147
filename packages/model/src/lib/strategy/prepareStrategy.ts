import type * as Y from 'yjs';
import type { OperationContext } from '../core/OperationContext.js';
import { validateText } from '../core/validateText.js';
import type { PositioningView } from './readStrategy.js';
import { validatePositioning } from './statementOperations.js';
import { STRATEGY, STRATEGY_FIELDS, STRATEGY_LIMITS } from './strategySchema.js';

/** A new strategy board, optionally with its vision already written. */
export interface NewStrategy {
  readonly kind: 'strategy';
  readonly title: string;
  /** The vision statement; empty when absent. */
  readonly vision?: string;
  /** Parts of the positioning statement; each empty when absent. */
  readonly positioning?: Partial<PositioningView>;
}

/**
 * Validates a new strategy board's options and returns the writer that lays out its statements
 * (run by `initBoard` inside its transaction, after the meta fields). Every statement key is
 * written, empty, so readers and editors find them all from the start.
 */
export function prepareStrategy(
  doc: Y.Doc,
  board: NewStrategy,
  _ctx: OperationContext,
): () => void {
  const vision =
    board.vision === undefined
      ? ''
      : validateText('Vision', board.vision, STRATEGY_LIMITS.visionLength, true);
  const positioning = new Map<string, string>([
    [STRATEGY_FIELDS.positioningFor, ''],
    [STRATEGY_FIELDS.positioningWho, ''],
    [STRATEGY_FIELDS.positioningUnlike, ''],
    [STRATEGY_FIELDS.positioningWe, ''],
    ...validatePositioning(board.positioning ?? {}),
  ]);
  return () => {
    const statements = doc.getMap<unknown>(STRATEGY);
    statements.set(STRATEGY_FIELDS.vision, vision);
    for (const [key, value] of positioning) statements.set(key, value);
  };
}
