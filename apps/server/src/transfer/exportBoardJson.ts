import { CANVAS_META, CANVAS_META_KEYS, CANVAS_RECORDS } from '@cairn/canvas';
import { readBoardTitle, readKind, readLinks, SCHEMA_VERSION } from '@cairn/model';
import * as Y from 'yjs';
import { BOARD_LAYOUTS, entryId, type FieldLayout, type Fields } from './boardLayout.js';
import {
  BOARD_FORMAT,
  BOARD_FORMAT_VERSION,
  compareStrings,
  isObject,
  linkSchema,
  recordSchema,
  type BoardExport,
} from './boardJsonFormat.js';
import { plainTextToJson, richTextToJson } from './richTextJson.js';

/* Reads a board's document into the `cairn.board` export (docs/formats.md). */

function readField(layout: FieldLayout, raw: unknown): unknown {
  switch (layout.type) {
    case 'value':
      return layout.schema.safeParse(raw).success ? raw : undefined;
    case 'richText':
      if (raw instanceof Y.XmlFragment) return richTextToJson(raw);
      // A plain string left by an older client reads as that text, one paragraph per line.
      return typeof raw === 'string' ? plainTextToJson(raw) : undefined;
    case 'set':
      if (!(raw instanceof Y.Map)) return undefined;
      return [...(raw as Y.Map<unknown>).keys()]
        .filter((key) => layout.element.safeParse(key).success)
        .sort(compareStrings);
    case 'links':
      return undefined; // read from the entry by readEntry, which has the entry's map
    case 'list':
      return raw instanceof Y.Map ? readList(raw as Y.Map<unknown>, layout.fields) : undefined;
  }
}

function readEntry(map: Y.Map<unknown>, fields: Fields): Record<string, unknown> {
  const entry: Record<string, unknown> = {};
  for (const [name, layout] of Object.entries(fields)) {
    const value =
      layout.type === 'links'
        ? map.get(name) instanceof Y.Map
          ? readLinks(map).filter((link) => linkSchema.safeParse(link).success)
          : undefined
        : readField(layout, map.get(name));
    if (value !== undefined) entry[name] = value;
  }
  return entry;
}

/** A `Y.Map<id, Y.Map>` as `[{id, …}]`, by (order, id) when entries have an order, else by id. */
function readList(map: Y.Map<unknown>, fields: Fields): Record<string, unknown>[] {
  const entries: Record<string, unknown>[] = [];
  map.forEach((child, id) => {
    if (child instanceof Y.Map && entryId.safeParse(id).success) {
      entries.push({ id, ...readEntry(child as Y.Map<unknown>, fields) });
    }
  });
  const orderOf = (entry: Record<string, unknown>) =>
    typeof entry['order'] === 'string' ? entry['order'] : '';
  return entries.sort(
    (a, b) =>
      compareStrings(orderOf(a), orderOf(b)) || compareStrings(String(a['id']), String(b['id'])),
  );
}

/** The tldraw records (the rightmost entry of a key wins, as YKeyValue reads them), by id. */
function readWhiteboard(doc: Y.Doc): { schema?: unknown; records: unknown[] } {
  const latest = new Map<string, Record<string, unknown>>();
  for (const entry of doc.getArray<unknown>(CANVAS_RECORDS).toArray()) {
    if (!isObject(entry) || typeof entry['key'] !== 'string') continue;
    const record = entry['val'];
    if (
      isObject(record) &&
      record['id'] === entry['key'] &&
      recordSchema.safeParse(record).success
    ) {
      latest.set(entry['key'], record);
    } else {
      latest.delete(entry['key']);
    }
  }
  const records = [...latest.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([, r]) => r);
  const schema = doc.getMap<unknown>(CANVAS_META).get(CANVAS_META_KEYS.schema);
  return schema === undefined ? { records } : { schema, records };
}

/** The board in `doc` as a JSON export. */
export function exportBoardJson(doc: Y.Doc, exportedAt: Date): BoardExport {
  const kind = readKind(doc);
  const layout = BOARD_LAYOUTS[kind];
  const meta = doc.getMap<unknown>('meta');
  const createdAt = meta.get('createdAt');
  const sections: Record<string, unknown> = {};
  for (const [name, fields] of Object.entries(layout.maps)) {
    sections[name] = readEntry(doc.getMap<unknown>(name), fields);
  }
  for (const [name, fields] of Object.entries(layout.lists)) {
    sections[name] = readList(doc.getMap<unknown>(name), fields);
  }
  if (layout.whiteboard) sections['whiteboard'] = readWhiteboard(doc);
  return {
    format: BOARD_FORMAT,
    version: BOARD_FORMAT_VERSION,
    kind,
    title: readBoardTitle(doc),
    exportedAt: exportedAt.toISOString(),
    schemaVersion: SCHEMA_VERSION,
    createdAt:
      typeof createdAt === 'number' && Number.isSafeInteger(createdAt) && createdAt >= 0
        ? createdAt
        : 0,
    meta: readEntry(meta, layout.meta),
    ...sections,
  };
}
