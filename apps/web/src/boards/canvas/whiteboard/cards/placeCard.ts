import { createShapeId, type Editor } from 'tldraw';
import { CARD_SIZE, PERSONA_CARD, ROADMAP_CARD } from '../shapes/linkedCardShapes';

/** What a new card mirrors. */
export interface CardTarget {
  readonly boardId: string;
  readonly itemId: string;
  readonly title: string;
}

/**
 * Puts a card for `target` in the middle of the viewport and selects it, as one undo step.
 * `kind` is the kind of board the entry lives on.
 */
export function placeCard(editor: Editor, kind: 'roadmap' | 'personas', target: CardTarget): void {
  const center = editor.getViewportPageBounds().center;
  const id = createShapeId();
  editor.markHistoryStoppingPoint('add card');
  editor.run(() => {
    editor.createShape({
      id,
      type: kind === 'roadmap' ? ROADMAP_CARD : PERSONA_CARD,
      x: center.x - CARD_SIZE.w / 2,
      y: center.y - CARD_SIZE.h / 2,
      props: {
        ...CARD_SIZE,
        boardId: target.boardId,
        itemId: target.itemId,
        placedTitle: target.title,
      },
    });
    editor.select(id);
  });
}
