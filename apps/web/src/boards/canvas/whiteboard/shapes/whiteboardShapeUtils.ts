import type { TLAnyShapeUtilConstructor } from 'tldraw';
import { PersonaCardShapeUtil } from './PersonaCardShapeUtil';
import { RoadmapCardShapeUtil } from './RoadmapCardShapeUtil';

/**
 * Cairn's own shapes, added to tldraw's defaults. Every client must build its store with the same
 * list (the schema is stored in the document), so both the store and the editor take this one.
 */
export const WHITEBOARD_SHAPE_UTILS: readonly TLAnyShapeUtilConstructor[] = [
  RoadmapCardShapeUtil,
  PersonaCardShapeUtil,
];
