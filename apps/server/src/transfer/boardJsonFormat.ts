import type { BoardKind } from '@cairn/model';
import { z } from 'zod';

/**
 * The JSON export (`format: "cairn.board"`, docs/formats.md): the whole content of a board as
 * readable JSON, which `writeBoardJson` turns back into the same document. Entry ids are kept, so
 * dependencies, placements and comments' anchors still point at the right entries, and links to
 * other boards stay as they were; only the board gets a new id.
 */

/** The `format` value of every Cairn board export. */
export const BOARD_FORMAT = 'cairn.board';
/** The version of the export format this server writes and reads. */
export const BOARD_FORMAT_VERSION = 1;

/** A board export: the common fields, then one section per part of the kind's document. */
export interface BoardExport {
  readonly format: typeof BOARD_FORMAT;
  readonly version: typeof BOARD_FORMAT_VERSION;
  readonly kind: BoardKind;
  readonly title: string;
  readonly exportedAt: string;
  /** The document layout version (docs/schema.md) the content follows. */
  readonly schemaVersion: number;
  /** When the board was first created, ms since the epoch. */
  readonly createdAt: number;
  /** Fields the kind adds to `meta` (a launch's `launchDate` and `tier`). */
  readonly meta: Record<string, unknown>;
  /** Root maps (`strategy`), root collections (`lanes`, `items`…) and `whiteboard`. */
  readonly [section: string]: unknown;
}

/** A link target (docs/links.md) as the export writes it. */
export const linkSchema = z.strictObject({
  boardId: z.string().regex(/^[0-9A-Za-z]{16}$/, 'must be a board id'),
  itemId: z
    .string()
    .regex(/^[0-9A-Za-z]{16}$/, 'must be an item id')
    .nullable(),
});

/** A tldraw record: any JSON object with a string `id` and `typeName`. */
export const recordSchema = z
  .record(z.string(), z.json())
  .refine(
    (record) => typeof record['id'] === 'string' && typeof record['typeName'] === 'string',
    'a record has a string "id" and "typeName"',
  );

/** A canvas's whiteboard: the tldraw records as stored, and the schema they follow. */
export const whiteboardSchema = z.strictObject({
  schema: z.json().optional(),
  records: z
    .array(recordSchema)
    .max(100_000)
    .refine(
      (records) => new Set(records.map((record) => record['id'])).size === records.length,
      'record ids must be unique',
    ),
});

/** Raw string order (never locale-aware), as Cairn orders keys and ids everywhere. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True for a plain object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
