import {
  createShapeId,
  toRichText,
  type TLGeoShape,
  type TLNoteShape,
  type TLShape,
  type TLStore,
} from '@tldraw/tlschema';
import { DEFAULT_PAGE_ID } from './headlessStore.js';

/** Columns of the grid unless the caller says otherwise. */
const COLUMNS = 100;
/** Grid pitch: notes are 200 px wide, so neighbours do not overlap. */
const PITCH_PX = 240;
const COLORS = ['yellow', 'blue', 'green', 'orange', 'violet'] as const;
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * The fractional index of the `n`th shape: integer part `c` plus three base-62 digits, so up to
 * 238,328 shapes get distinct, ascending keys without `@tldraw/utils`.
 */
function indexKeyAt(n: number): TLShape['index'] {
  const digits = [Math.floor(n / 3844) % 62, Math.floor(n / 62) % 62, n % 62]
    .map((digit) => BASE62[digit])
    .join('');
  return `c${digits}` as TLShape['index'];
}

/**
 * `count` shapes on the default page of `store`'s schema, in a grid of `columns` columns from
 * (0, 0) where the camera starts, 240 px apart: even ones sticky notes with the text `Idea <n>`,
 * odd ones labelled rectangles, colors drawn from `random`. Props are complete (the editor's
 * defaults), since no editor fills them in.
 */
export function createGridShapes(
  store: TLStore,
  count: number,
  random: () => number,
  columns = COLUMNS,
): TLShape[] {
  return Array.from({ length: count }, (_, n): TLShape => {
    const color = COLORS[Math.floor(random() * COLORS.length)] ?? 'yellow';
    const base = {
      id: createShapeId(`grid-${n}`),
      parentId: DEFAULT_PAGE_ID,
      index: indexKeyAt(n),
      x: (n % columns) * PITCH_PX,
      y: Math.floor(n / columns) * PITCH_PX,
    };
    const text = toRichText(`Idea ${n}`);
    const common = { color, labelColor: 'black', size: 'm', font: 'draw', growY: 0, url: '' };
    const aligned = { align: 'middle', verticalAlign: 'middle', richText: text, scale: 1 };
    return n % 2 === 0
      ? (store.schema.types.shape.create({
          ...base,
          type: 'note',
          props: { ...common, ...aligned, fontSizeAdjustment: 1, textLastEditedBy: null },
        }) as TLNoteShape)
      : (store.schema.types.shape.create({
          ...base,
          type: 'geo',
          props: {
            ...common,
            ...aligned,
            geo: 'rectangle',
            dash: 'draw',
            fill: 'semi',
            w: 160,
            h: 100,
            flipX: false,
            flipY: false,
          },
        }) as TLGeoShape);
  });
}
