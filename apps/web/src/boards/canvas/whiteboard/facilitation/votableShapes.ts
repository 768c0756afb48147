import { isShapeId, type Editor, type TLShape } from 'tldraw';

/** Shapes people put dots on: stickies, and Cairn's roadmap and persona cards where present. */
const VOTABLE_TYPES: ReadonlySet<string> = new Set(['note', 'roadmap-card', 'persona-card']);

/** Longest shape text used in a button's accessible name; results show the whole text. */
const MAX_LABEL_LENGTH = 60;

/** Whether people can put dots on `shape`. */
export function isVotable(shape: TLShape): boolean {
  return VOTABLE_TYPES.has(shape.type);
}

/** The text of `shape` as plain text (its shape util's `getText`), or "Untitled" without any. */
export function shapeText(editor: Editor, shape: TLShape): string {
  const text = editor.getShapeUtil(shape).getText(shape)?.trim();
  return text ? text : 'Untitled';
}

function shapeById(editor: Editor, shapeId: string): TLShape | undefined {
  return isShapeId(shapeId) ? editor.getShape(shapeId) : undefined;
}

/** Whether the shape with id `shapeId` is on the board (on any page). */
export function isOnBoard(editor: Editor, shapeId: string): boolean {
  return shapeById(editor, shapeId) !== undefined;
}

/** The text of the shape with id `shapeId` on the board, or a note that it was removed. */
export function shapeTextById(editor: Editor, shapeId: string): string {
  const shape = shapeById(editor, shapeId);
  return shape ? shapeText(editor, shape) : 'A removed shape';
}

/** `text` short enough to name a button, cut at {@link MAX_LABEL_LENGTH} characters. */
export function shortLabel(text: string): string {
  const characters = [...text.replace(/\s+/g, ' ')];
  return characters.length > MAX_LABEL_LENGTH
    ? `${characters.slice(0, MAX_LABEL_LENGTH - 1).join('')}…`
    : characters.join('');
}

/** A votable shape in view, with where its badge goes. */
export interface VotableAnchor {
  readonly shapeId: string;
  /** {@link shortLabel} of the shape's text. */
  readonly label: string;
  /** The shape's top-right corner in viewport pixels (the editor's container). */
  readonly x: number;
  readonly y: number;
}

/**
 * The votable shapes of the current page that are at least partly in view, each with its
 * top-right corner in viewport pixels. Read it inside tldraw's `useValue` to follow the camera,
 * moves and edits.
 */
export function votableAnchors(editor: Editor): VotableAnchor[] {
  const viewport = editor.getViewportPageBounds();
  return editor.getCurrentPageShapes().flatMap((shape) => {
    if (!isVotable(shape)) return [];
    const bounds = editor.getShapePageBounds(shape);
    if (!bounds || !viewport.collides(bounds)) return [];
    const corner = editor.pageToViewport({ x: bounds.maxX, y: bounds.minY });
    return [
      { shapeId: shape.id, label: shortLabel(shapeText(editor, shape)), x: corner.x, y: corner.y },
    ];
  });
}
