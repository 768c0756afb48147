import * as Y from 'yjs';
import { boardMaps } from './boardMaps.js';
import { createId } from './ModelEnv.js';
import { ModelError } from './ModelError.js';
import type { OperationContext } from './OperationContext.js';
import { initialOrderKeys } from './orderKeys.js';
import {
  DEFAULT_HORIZONS,
  DEFAULT_LANE_NAME,
  HORIZON_FIELDS,
  LANE_FIELDS,
  LIMITS,
  META_FIELDS,
  SCHEMA_VERSION,
  type BoardKind,
} from './schema.js';
import { validateText } from './validateText.js';

/** What a new board starts with. */
export interface NewBoard {
  readonly kind: BoardKind;
  readonly title: string;
  /** Lane names in order; one lane named DEFAULT_LANE_NAME when empty or absent. */
  readonly lanes?: readonly string[];
}

/**
 * Writes the skeleton of a new board into an empty document: meta, lanes and the default
 * horizons. Only the server calls this, once, when a board is created, so two replicas never
 * initialise the same document concurrently.
 */
export function initBoard(doc: Y.Doc, board: NewBoard, ctx: OperationContext): void {
  const maps = boardMaps(doc);
  if (maps.meta.has(META_FIELDS.schemaVersion)) {
    throw new ModelError('conflict', 'This document is already a board.');
  }
  const title = validateText('Title', board.title, LIMITS.titleLength);
  const laneNames = (board.lanes?.length ? board.lanes : [DEFAULT_LANE_NAME]).map((name) =>
    validateText('Lane name', name, LIMITS.laneNameLength),
  );
  if (laneNames.length > LIMITS.lanesPerBoard) {
    throw new ModelError('invalid', `A board has at most ${LIMITS.lanesPerBoard} lanes.`);
  }
  doc.transact(() => {
    maps.meta.set(META_FIELDS.schemaVersion, SCHEMA_VERSION);
    maps.meta.set(META_FIELDS.kind, board.kind);
    maps.meta.set(META_FIELDS.title, title);
    maps.meta.set(META_FIELDS.createdAt, ctx.env.now());
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
  }, ctx.origin);
}
