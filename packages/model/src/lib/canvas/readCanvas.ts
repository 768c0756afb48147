import type * as Y from 'yjs';
import { boardMaps, forEachChildMap, readString } from '../core/boardMaps.js';
import { readMeta, type BoardMetaView } from '../core/readMeta.js';
import {
  CANVAS_LIMITS,
  DEFAULT_NOTE_COLOR,
  DEFAULT_NOTE_SIZE,
  NOTE_COLORS,
  NOTE_FIELDS,
  type NoteColor,
} from './canvasSchema.js';

/** A note of a canvas board, as views and the REST API show it. */
export interface CanvasItemView {
  readonly id: string;
  /** The note's text. */
  readonly title: string;
  readonly color: NoteColor;
  /** Top-left corner, in canvas pixels, within [minCoordinate, maxCoordinate]. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** A plain, read-only picture of a canvas board. */
export interface CanvasView extends BoardMetaView {
  readonly kind: 'canvas';
  /** Bottom to top: by createdAt, then id, so later notes stack on top on every replica. */
  readonly items: readonly CanvasItemView[];
}

/** `value` as a number clamped into [min, max]; `fallback` when it is not a finite number. */
function clampedNumber(value: unknown, min: number, max: number, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, value));
}

/** A field of a plain object stored in a Y.Map, or undefined when the value is not an object. */
function fieldOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function readNote(note: Y.Map<unknown>, id: string): CanvasItemView {
  const { minCoordinate, maxCoordinate, minNoteSize, maxNoteSize } = CANVAS_LIMITS;
  const position = note.get(NOTE_FIELDS.position);
  const size = note.get(NOTE_FIELDS.size);
  const color = note.get(NOTE_FIELDS.color);
  const coordinate = (key: string) =>
    clampedNumber(fieldOf(position, key), minCoordinate, maxCoordinate, minCoordinate);
  const dimension = (key: 'width' | 'height') =>
    clampedNumber(fieldOf(size, key), minNoteSize, maxNoteSize, DEFAULT_NOTE_SIZE[key]);
  return {
    id,
    title: readString(note, NOTE_FIELDS.title),
    color: NOTE_COLORS.find((known) => known === color) ?? DEFAULT_NOTE_COLOR,
    x: coordinate('x'),
    y: coordinate('y'),
    width: dimension('width'),
    height: dimension('height'),
    createdAt: clampedNumber(note.get(NOTE_FIELDS.createdAt), 0, Number.MAX_SAFE_INTEGER, 0),
    updatedAt: clampedNumber(note.get(NOTE_FIELDS.updatedAt), 0, Number.MAX_SAFE_INTEGER, 0),
  };
}

/**
 * Reads a canvas board into plain values. Never throws on foreign or half-synced data: a note
 * without a position shows at the top-left corner, values out of bounds are clamped into them,
 * an unknown color reads as DEFAULT_NOTE_COLOR and a missing size as DEFAULT_NOTE_SIZE.
 */
export function readCanvas(doc: Y.Doc): CanvasView {
  const items: CanvasItemView[] = [];
  forEachChildMap(boardMaps(doc).items, (note, id) => items.push(readNote(note, id)));
  items.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { kind: 'canvas', ...readMeta(doc), items };
}
