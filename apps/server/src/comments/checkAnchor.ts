import { readWhiteboardShapes } from '@cairn/canvas';
import { RELEASES } from '@cairn/model';
import type * as Y from 'yjs';
import { ApiError } from '../api/ApiError.js';
import type { Anchor } from './ThreadView.js';

/**
 * The document's root maps whose keys a thread can hang on: `items` holds roadmap items,
 * personas, launch tasks, strategy goals and canvas notes (packages/model's schema), `releases`
 * a roadmap's releases.
 */
const ANCHOR_MAPS = ['items', RELEASES] as const;

/** Answers 400 unless `anchor` exists in the board's document now. */
export function checkAnchor(doc: Y.Doc, anchor: Anchor): void {
  switch (anchor.type) {
    case 'item':
      if (ANCHOR_MAPS.some((name) => doc.share.has(name) && doc.getMap(name).has(anchor.id))) {
        return;
      }
      throw new ApiError(400, `anchor: no item ${JSON.stringify(anchor.id)} on this board.`);
    case 'shape':
      if (readWhiteboardShapes(doc).some((shape) => shape.id === anchor.id)) return;
      throw new ApiError(400, `anchor: no shape ${JSON.stringify(anchor.id)} on this board.`);
  }
}
