import type * as Y from 'yjs';
import { CANVAS_RECORDS } from './canvasRoots.js';

/**
 * A shape of a canvas board's whiteboard, as the REST API and the server read it: no tldraw
 * runtime, just the stored record's plain fields.
 *
 * @public
 */
export interface WhiteboardShapeView {
  /** The tldraw record id (`shape:…`). */
  readonly id: string;
  /** The tldraw shape type: `note`, `geo`, `frame`, `text`, `roadmap-card`, … */
  readonly type: string;
  /** The page or the frame/group it sits in. */
  readonly parentId: string;
  /** Position relative to the parent, in canvas units. */
  readonly x: number;
  readonly y: number;
  /** The shape's text as plain text (paragraphs joined by new lines); empty when it has none. */
  readonly text: string;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Plain text of a TipTap/ProseMirror JSON node (tldraw's `richText`): text runs, blocks on lines. */
export function richTextToPlain(node: unknown): string {
  if (!isObject(node)) return '';
  if (node['type'] === 'text') return typeof node['text'] === 'string' ? node['text'] : '';
  if (node['type'] === 'hardBreak') return '\n';
  const content = Array.isArray(node['content']) ? (node['content'] as unknown[]) : [];
  const parts = content.map(richTextToPlain);
  const isBlockList = content.every(
    (child) => isObject(child) && child['type'] !== 'text' && child['type'] !== 'hardBreak',
  );
  return parts.join(isBlockList && node['type'] !== 'paragraph' ? '\n' : '');
}

function finiteOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function textOf(props: Json): string {
  if (props['richText'] !== undefined) return richTextToPlain(props['richText']);
  return typeof props['text'] === 'string' ? props['text'] : '';
}

/**
 * The latest value of every record in the canvas records array of `doc`, by id. Read-only: it
 * never constructs a `YKeyValue` (whose constructor writes, to drop duplicates); like it, the
 * rightmost entry of a key wins.
 */
function latestRecords(doc: Y.Doc): Map<string, unknown> {
  const latest = new Map<string, unknown>();
  for (const entry of doc.getArray<unknown>(CANVAS_RECORDS).toArray()) {
    if (isObject(entry) && typeof entry['key'] === 'string') latest.set(entry['key'], entry['val']);
  }
  return latest;
}

/**
 * The shapes on a canvas board's whiteboard, in a stable order (by id). Never throws on foreign
 * data: entries that are not shape records are skipped, missing numbers read as 0.
 *
 * @public
 */
export function readWhiteboardShapes(doc: Y.Doc): WhiteboardShapeView[] {
  const shapes: WhiteboardShapeView[] = [];
  for (const [id, record] of latestRecords(doc)) {
    if (!isObject(record) || record['typeName'] !== 'shape') continue;
    const { type, parentId } = record;
    if (typeof type !== 'string' || typeof parentId !== 'string') continue;
    shapes.push({
      id,
      type,
      parentId,
      x: finiteOr(record['x'], 0),
      y: finiteOr(record['y'], 0),
      text: textOf(isObject(record['props']) ? record['props'] : {}),
    });
  }
  return shapes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
