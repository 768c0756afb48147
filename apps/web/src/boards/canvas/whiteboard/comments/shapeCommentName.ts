import { isShapeId, type Editor } from 'tldraw';
import { shapeText, shortLabel } from '../facilitation/votableShapes';

/**
 * How a comment anchored to shape `shapeId` names it: the shape's text, cut short; null once the
 * shape is gone from the board (every page).
 */
export function shapeCommentName(editor: Editor, shapeId: string): string | null {
  const shape = isShapeId(shapeId) ? editor.getShape(shapeId) : undefined;
  if (!shape) return null;
  return shortLabel(shapeText(editor, shape));
}

/** A shape with open threads on the current page, with its top-left corner in viewport pixels. */
export interface ShapeBadgeSpot {
  readonly shapeId: string;
  readonly name: string;
  readonly x: number;
  readonly y: number;
}

/**
 * Where the comment badges of `shapeIds` go: shapes of the current page at least partly in
 * view. Read it inside tldraw's `useValue` to follow the camera, moves and edits.
 */
export function shapeBadgeSpots(editor: Editor, shapeIds: readonly string[]): ShapeBadgeSpot[] {
  const viewport = editor.getViewportPageBounds();
  const page = editor.getCurrentPageId();
  return shapeIds.flatMap((shapeId) => {
    if (!isShapeId(shapeId)) return [];
    const shape = editor.getShape(shapeId);
    if (!shape || editor.getAncestorPageId(shape) !== page) return [];
    const bounds = editor.getShapePageBounds(shape);
    if (!bounds || !viewport.collides(bounds)) return [];
    const corner = editor.pageToViewport({ x: bounds.minX, y: bounds.minY });
    return [{ shapeId, name: shortLabel(shapeText(editor, shape)), x: corner.x, y: corner.y }];
  });
}
