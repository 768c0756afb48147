import type * as Y from 'yjs';
import { assertWritable, boardMaps } from '../core/boardMaps.js';
import { ModelError } from '../core/ModelError.js';
import type { OperationContext } from '../core/OperationContext.js';
import { validateText } from '../core/validateText.js';
import type { PositioningView } from './readStrategy.js';
import { STRATEGY, STRATEGY_FIELDS, STRATEGY_LIMITS } from './strategySchema.js';

/** Sets the board's vision (trimmed; may be empty; at most STRATEGY_LIMITS.visionLength). */
export function setVision(doc: Y.Doc, vision: string, ctx: OperationContext): void {
  assertWritable(boardMaps(doc));
  if (typeof vision !== 'string') throw new ModelError('invalid', 'Vision must be text.');
  const valid = validateText('Vision', vision, STRATEGY_LIMITS.visionLength, true);
  const statements = doc.getMap<unknown>(STRATEGY);
  doc.transact(() => statements.set(STRATEGY_FIELDS.vision, valid), ctx.origin);
}

const POSITIONING_KEYS = {
  for: STRATEGY_FIELDS.positioningFor,
  who: STRATEGY_FIELDS.positioningWho,
  unlike: STRATEGY_FIELDS.positioningUnlike,
  we: STRATEGY_FIELDS.positioningWe,
} as const;

/** The given parts of a positioning statement, validated, as [key, value] pairs to write. */
export function validatePositioning(
  patch: Partial<PositioningView>,
): (readonly [string, string])[] {
  if (typeof patch !== 'object' || patch === null) {
    throw new ModelError('invalid', 'Positioning must be an object.');
  }
  return (Object.keys(POSITIONING_KEYS) as (keyof PositioningView)[]).flatMap((part) => {
    const value = patch[part];
    if (value === undefined) return [];
    if (typeof value !== 'string') {
      throw new ModelError('invalid', `Positioning "${part}" must be text.`);
    }
    const valid = validateText(
      `Positioning "${part}"`,
      value,
      STRATEGY_LIMITS.positioningPartLength,
      true,
    );
    return [[POSITIONING_KEYS[part], valid] as const];
  });
}

/**
 * Sets the given parts of the positioning statement; parts left out keep their value, so two
 * people editing different parts at once both keep theirs. Each part may be empty.
 */
export function setPositioning(
  doc: Y.Doc,
  patch: Partial<PositioningView>,
  ctx: OperationContext,
): void {
  assertWritable(boardMaps(doc));
  const parts = validatePositioning(patch);
  if (parts.length === 0) throw new ModelError('invalid', 'Give at least one part to change.');
  const statements = doc.getMap<unknown>(STRATEGY);
  doc.transact(() => {
    for (const [key, value] of parts) statements.set(key, value);
  }, ctx.origin);
}
