import * as Y from 'yjs';
import { boardMaps } from '../core/boardMaps.js';
import { createId } from '../core/ModelEnv.js';
import { ModelError } from '../core/ModelError.js';
import type { OperationContext } from '../core/OperationContext.js';
import { initialOrderKeys } from '../core/orderKeys.js';
import {
  DEFAULT_HORIZONS,
  DEFAULT_LANE_NAME,
  HORIZON_FIELDS,
  LANE_FIELDS,
  LIMITS,
} from '../core/schema.js';
import { validateText } from '../core/validateText.js';

/** A new roadmap: the lanes it starts with. */
export interface NewRoadmap {
  readonly kind: 'roadmap';
  readonly title: string;
  /** Lane names in order; one lane named DEFAULT_LANE_NAME when empty or absent. */
  readonly lanes?: readonly string[];
}

/**
 * Validates a new roadmap's options and returns the writer that lays out its lanes and the
 * default horizons (run by `initBoard` inside its transaction, after the meta fields).
 */
export function prepareRoadmap(doc: Y.Doc, board: NewRoadmap, ctx: OperationContext): () => void {
  const maps = boardMaps(doc);
  const laneNames = (board.lanes?.length ? board.lanes : [DEFAULT_LANE_NAME]).map((name) =>
    validateText('Lane name', name, LIMITS.laneNameLength),
  );
  if (laneNames.length > LIMITS.lanesPerBoard) {
    throw new ModelError('invalid', `A board has at most ${LIMITS.lanesPerBoard} lanes.`);
  }
  return () => {
    const laneKeys = initialOrderKeys(laneNames.length);
    laneNames.forEach((name, index) => {
      const lane = new Y.Map<unknown>();
      lane.set(LANE_FIELDS.name, name);
      lane.set(LANE_FIELDS.order, laneKeys[index]);
      lane.set(LANE_FIELDS.archived, false);
      maps.lanes.set(createId(ctx.env), lane);
    });
    const horizonKeys = initialOrderKeys(DEFAULT_HORIZONS.length);
    DEFAULT_HORIZONS.forEach(({ id, name }, index) => {
      const horizon = new Y.Map<unknown>();
      horizon.set(HORIZON_FIELDS.name, name);
      horizon.set(HORIZON_FIELDS.order, horizonKeys[index]);
      maps.horizons.set(id, horizon);
    });
  };
}
