import { addItem, type OperationContext } from '@cairn/model';
import { createShapeId, type Editor, type TLShape, type TLShapeId } from 'tldraw';
import type * as Y from 'yjs';
import { CARD_SIZE, ROADMAP_CARD } from '../shapes/linkedCardShapes';
import { stickyTitle } from './stickyTitle';

/** A selected sticky and the title its item will get. */
export interface StickyToConvert {
  readonly id: TLShapeId;
  readonly title: string;
}

/** The selected stickies that can become items: notes with some text, in selection order. */
export function convertibleStickies(shapes: readonly TLShape[]): StickyToConvert[] {
  return shapes.flatMap((shape) => {
    if (shape.type !== 'note') return [];
    const title = stickyTitle(shape.props.richText);
    return title === null ? [] : [{ id: shape.id, title }];
  });
}

/** Where the new items go. */
export interface ItemsDestination {
  readonly boardId: string;
  readonly doc: Y.Doc;
  readonly laneId: string;
}

/**
 * Creates one roadmap item per sticky in lane `laneId` of the roadmap (one Yjs transaction, so
 * everyone sees them arrive together) and replaces each sticky by a card of its item at the same
 * place (one tldraw undo step; undo brings the stickies back, the items stay on the roadmap).
 * Stickies deleted meanwhile by someone else are skipped. Returns how many stickies were turned.
 * Throws the model's refusal (a roadmap of a newer schema, a lane deleted meanwhile): every item
 * is checked alike, so it comes with the first one, before either board changes.
 */
export function turnStickiesIntoItems(
  editor: Editor,
  stickies: readonly StickyToConvert[],
  destination: ItemsDestination,
  ctx: OperationContext,
): number {
  const present = stickies.flatMap((sticky) => {
    const shape = editor.getShape(sticky.id);
    return shape ? [{ shape, title: sticky.title }] : [];
  });
  if (present.length === 0) return 0;

  const { doc, laneId } = destination;
  const itemIds: string[] = [];
  doc.transact(() => {
    for (const { title } of present) itemIds.push(addItem(doc, { title, lane: laneId }, ctx));
  }, ctx.origin);

  const cards = present.map(({ shape, title }, index) => ({
    id: createShapeId(),
    type: ROADMAP_CARD,
    parentId: shape.parentId,
    x: shape.x,
    y: shape.y,
    rotation: shape.rotation,
    props: {
      ...CARD_SIZE,
      boardId: destination.boardId,
      itemId: itemIds[index] ?? '',
      placedTitle: title,
    },
  }));
  editor.markHistoryStoppingPoint('turn stickies into roadmap items');
  editor.run(() => {
    editor.deleteShapes(present.map(({ shape }) => shape.id));
    editor.createShapes(cards);
    editor.select(...cards.map((card) => card.id));
  });
  return cards.length;
}
