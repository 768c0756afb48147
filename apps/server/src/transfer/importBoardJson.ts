import { CANVAS_META, CANVAS_META_KEYS, CANVAS_RECORDS } from '@cairn/canvas';
import { BOARD_KINDS, linkKey, SCHEMA_VERSION, type BoardKind } from '@cairn/model';
import * as Y from 'yjs';
import { z } from 'zod';
import { ApiError } from '../api/ApiError.js';
import { validate } from '../api/parseBody.js';
import { BOARD_LAYOUTS, entryId, type FieldLayout, type Fields } from './boardLayout.js';
import {
  BOARD_FORMAT,
  BOARD_FORMAT_VERSION,
  isObject,
  linkSchema,
  whiteboardSchema,
} from './boardJsonFormat.js';
import { richTextDocSchema, richTextFromJson, type RichTextDoc } from './richTextJson.js';

/**
 * Checks a `cairn.board` export (docs/formats.md) and writes it into a new document: entry ids
 * kept, the board's id new, so links to other boards stay and links inside the board still hold.
 */

function fieldSchema(layout: FieldLayout): z.ZodType {
  switch (layout.type) {
    case 'value':
      return layout.schema;
    case 'richText':
      return richTextDocSchema;
    case 'set':
      return z.array(layout.element).max(1_000);
    case 'links':
      return z.array(linkSchema).max(100);
    case 'list':
      return listSchema(layout.fields);
  }
}

function entrySchema(fields: Fields) {
  return z.strictObject(
    Object.fromEntries(
      Object.entries(fields).map(([name, layout]) => [name, fieldSchema(layout).optional()]),
    ),
  );
}

function listSchema(fields: Fields): z.ZodType<Record<string, unknown>[]> {
  return z
    .array(entrySchema({ ...fields }).extend({ id: entryId }))
    .max(100_000)
    .refine(
      (entries) => new Set(entries.map((entry) => entry.id)).size === entries.length,
      'ids must be unique',
    );
}

const boardTitle = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((title) => [...title].length <= 200, 'at most 200 characters');

function kindSchema(kind: BoardKind) {
  const layout = BOARD_LAYOUTS[kind];
  const sections: Record<string, z.ZodType> = {};
  for (const [name, fields] of Object.entries(layout.maps)) {
    sections[name] = entrySchema(fields).optional();
  }
  for (const [name, fields] of Object.entries(layout.lists)) {
    sections[name] = listSchema(fields).optional();
  }
  if (layout.whiteboard) sections['whiteboard'] = whiteboardSchema.optional();
  return z.strictObject({
    format: z.literal(BOARD_FORMAT),
    version: z.literal(BOARD_FORMAT_VERSION),
    kind: z.literal(kind),
    title: boardTitle,
    exportedAt: z.string().max(100).optional(),
    schemaVersion: z.number().int().min(1).max(SCHEMA_VERSION).optional(),
    createdAt: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
    meta: entrySchema(layout.meta).optional(),
    ...sections,
  });
}

const KIND_SCHEMAS = Object.fromEntries(BOARD_KINDS.map((kind) => [kind, kindSchema(kind)])) as {
  [Kind in BoardKind]: ReturnType<typeof kindSchema>;
};

/** A validated import: what `writeBoardJson` writes. */
export interface ValidBoardImport {
  readonly kind: BoardKind;
  readonly title: string;
  readonly createdAt?: number;
  readonly meta?: Record<string, unknown>;
  readonly [section: string]: unknown;
}

/** True when `body` says it is a Cairn board export (whatever its version). */
export function isBoardExport(body: unknown): boolean {
  return isObject(body) && body['format'] === BOARD_FORMAT;
}

/**
 * `body` checked as a board export, or ApiError(400) naming what is wrong: an unknown or newer
 * version first (with the reason), then every field.
 */
export function validateBoardExport(body: unknown): ValidBoardImport {
  if (!isObject(body)) throw new ApiError(400, 'A board export is a JSON object.');
  const { version, schemaVersion, kind } = body;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ApiError(
      400,
      `Unknown export version ${JSON.stringify(version)}; this server reads version ${BOARD_FORMAT_VERSION}.`,
    );
  }
  if (version > BOARD_FORMAT_VERSION) {
    throw new ApiError(
      400,
      `This export was made by a newer Cairn (format version ${version}); this server reads version ${BOARD_FORMAT_VERSION}. Update Cairn to import it.`,
    );
  }
  if (typeof schemaVersion === 'number' && schemaVersion > SCHEMA_VERSION) {
    throw new ApiError(
      400,
      `This export was made by a newer Cairn (document schema ${schemaVersion}); this server knows schema ${SCHEMA_VERSION}. Update Cairn to import it.`,
    );
  }
  const known = BOARD_KINDS.find((candidate) => candidate === kind);
  if (!known) {
    throw new ApiError(400, `kind: must be one of ${BOARD_KINDS.join(', ')}.`);
  }
  return validate(KIND_SCHEMAS[known], body);
}

// ---------------------------------------------------------------------------------------------
// Writing an import into a document

function writeFields(map: Y.Map<unknown>, fields: Fields, entry: Record<string, unknown>): void {
  for (const [name, layout] of Object.entries(fields)) {
    const value = entry[name];
    if (value === undefined) continue;
    switch (layout.type) {
      case 'value':
        map.set(name, value);
        break;
      case 'richText':
        map.set(name, richTextFromJson(value as RichTextDoc));
        break;
      case 'set': {
        const set = new Y.Map<unknown>();
        map.set(name, set);
        for (const key of value as string[]) set.set(key, true);
        break;
      }
      case 'links': {
        const linkMap = new Y.Map<unknown>();
        map.set(name, linkMap);
        for (const target of value as { boardId: string; itemId: string | null }[]) {
          linkMap.set(linkKey(target), { boardId: target.boardId, itemId: target.itemId });
        }
        break;
      }
      case 'list': {
        const list = new Y.Map<unknown>();
        map.set(name, list);
        writeList(list, layout.fields, value as Record<string, unknown>[]);
        break;
      }
    }
  }
}

function writeList(
  parent: Y.Map<unknown>,
  fields: Fields,
  entries: readonly Record<string, unknown>[],
): void {
  for (const entry of entries) {
    const map = new Y.Map<unknown>();
    parent.set(String(entry['id']), map);
    writeFields(map, fields, entry);
  }
}

/**
 * Writes a validated import into `doc`, an empty document, in one transaction: `meta` (the
 * current schema version, the kind, the title, the original `createdAt`), then every section.
 */
export function writeBoardJson(
  doc: Y.Doc,
  board: ValidBoardImport,
  now: number,
  origin: unknown,
): void {
  const layout = BOARD_LAYOUTS[board.kind];
  doc.transact(() => {
    const meta = doc.getMap<unknown>('meta');
    meta.set('schemaVersion', SCHEMA_VERSION);
    meta.set('kind', board.kind);
    meta.set('title', board.title);
    meta.set('createdAt', board.createdAt ?? now);
    writeFields(meta, layout.meta, board.meta ?? {});
    for (const [name, fields] of Object.entries(layout.maps)) {
      writeFields(
        doc.getMap<unknown>(name),
        fields,
        (board[name] ?? {}) as Record<string, unknown>,
      );
    }
    for (const [name, fields] of Object.entries(layout.lists)) {
      writeList(
        doc.getMap<unknown>(name),
        fields,
        (board[name] ?? []) as Record<string, unknown>[],
      );
    }
    const whiteboard = board['whiteboard'] as z.infer<typeof whiteboardSchema> | undefined;
    if (whiteboard) {
      if (whiteboard.schema !== undefined) {
        doc.getMap<unknown>(CANVAS_META).set(CANVAS_META_KEYS.schema, whiteboard.schema);
      }
      doc
        .getArray<unknown>(CANVAS_RECORDS)
        .push(whiteboard.records.map((record) => ({ key: record['id'] as string, val: record })));
    }
  }, origin);
}

/**
 * A board export checked (ApiError 400 otherwise) and built in a scratch document: the new
 * board's whole document as one update, and how many entries it holds (a canvas's shapes count).
 */
export function prepareBoardImport(
  body: unknown,
  now: number,
): { kind: BoardKind; prepared: { update: Uint8Array; entries: number } } {
  const board = validateBoardExport(body);
  const scratch = new Y.Doc();
  writeBoardJson(scratch, board, now, { kind: 'import', source: 'json' });
  const items = Array.isArray(board['items']) ? board['items'].length : 0;
  const whiteboard = board['whiteboard'] as z.infer<typeof whiteboardSchema> | undefined;
  const shapes = (whiteboard?.records ?? []).filter((record) => record['typeName'] === 'shape');
  return {
    kind: board.kind,
    prepared: { update: Y.encodeStateAsUpdate(scratch), entries: items + shapes.length },
  };
}
