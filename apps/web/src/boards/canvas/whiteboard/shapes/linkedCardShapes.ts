import { T, type RecordProps, type TLShape } from 'tldraw';

/** A card that mirrors a roadmap item (title, status, lane) of a roadmap board. */
export const ROADMAP_CARD = 'roadmap-card' as const;
/** A card that mirrors a persona (name, role, segment) of a personas board. */
export const PERSONA_CARD = 'persona-card' as const;

/**
 * What a card stores in the canvas document. Only the address of the entry it mirrors: the
 * entry's fields live on their own board and are read live, so a rename there shows here without
 * a write to this canvas.
 */
export interface LinkedCardProps {
  /** Size on the canvas, in page pixels. */
  w: number;
  h: number;
  /** The board holding the entry (a roadmap or personas board). */
  boardId: string;
  /** The entry's id in that board's `items`. */
  itemId: string;
  /**
   * The entry's title when the card was placed: what a card says it was once the entry is
   * deleted or its board cannot be opened. Never written afterwards (renames are read live).
   */
  placedTitle: string;
}

declare module 'tldraw' {
  export interface TLGlobalShapePropsMap {
    [ROADMAP_CARD]: LinkedCardProps;
    [PERSONA_CARD]: LinkedCardProps;
  }
}

export type RoadmapCardShape = TLShape<typeof ROADMAP_CARD>;
export type PersonaCardShape = TLShape<typeof PERSONA_CARD>;
/** Either card: both store the same props. */
export type LinkedCardShape = RoadmapCardShape | PersonaCardShape;

/** The validators tldraw checks every card record against, local or remote. */
export const LINKED_CARD_PROPS: RecordProps<LinkedCardShape> = {
  w: T.nonZeroNumber,
  h: T.nonZeroNumber,
  boardId: T.string,
  itemId: T.string,
  placedTitle: T.string,
};

/** The size a new card gets: room for a two-line title, a status and a lane. */
export const CARD_SIZE = { w: 240, h: 150 } as const;
