import { readWhiteboardShapes } from '@cairn/canvas';
import {
  readBoard,
  readLinks,
  type CanvasView,
  type LaunchView,
  type LinkTarget,
  type PersonasView,
  type RoadmapView,
  type StrategyView,
} from '@cairn/model';
import Papa from 'papaparse';
import * as Y from 'yjs';

/**
 * The CSV export (docs/formats.md): one row per entry of the board, for spreadsheets. Every cell
 * is neutralised against formula injection, and the file starts with a byte order mark so Excel
 * reads it as UTF-8.
 */

/** Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^\s*[=+\-@\t\r]/;

/** True when `cell`, past any `'` already in front, would start a formula. */
function looksLikeFormula(cell: string): boolean {
  return FORMULA_START.test(cell.replace(/^'+/, ''));
}

/**
 * `cell` made safe to open in a spreadsheet: one that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return (also after leading white space) gets a `'` in front, which spreadsheets do not
 * evaluate. A cell that is `'` and then such a start gets one more, so `restoreCell` can always
 * undo exactly what was added. Numbers are written as they are (a negative number is no formula).
 */
export function neutraliseCell(cell: string | number | null): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  return looksLikeFormula(cell) ? `'${cell}` : cell;
}

/** The text of a cell `neutraliseCell` wrote (for programs reading the export back). */
export function restoreCell(cell: string): string {
  return cell.startsWith("'") && looksLikeFormula(cell) ? cell.slice(1) : cell;
}

/** The byte order mark that tells Excel the file is UTF-8. */
export const UTF8_BOM = '\uFEFF';

type Row = Record<string, string | number | null>;

function toCsv(columns: readonly string[], rows: readonly Row[]): string {
  const data = rows.map((row) => columns.map((column) => neutraliseCell(row[column] ?? null)));
  // quotes: every cell quoted, so a cell holding new lines, commas or quotes never splits a row.
  return UTF8_BOM + Papa.unparse({ fields: [...columns], data }, { quotes: true, newline: '\r\n' });
}

function joined(values: readonly string[]): string {
  return values.join('; ');
}

function linkText(links: readonly LinkTarget[]): string {
  return joined(
    links.map((link) => (link.itemId ? `${link.boardId}/${link.itemId}` : link.boardId)),
  );
}

function entryLinks(doc: Y.Doc, root: string, id: string): LinkTarget[] {
  const entry = doc.getMap<unknown>(root).get(id);
  return entry instanceof Y.Map ? readLinks(entry as Y.Map<unknown>) : [];
}

function roadmapCsv(doc: Y.Doc, board: RoadmapView): string {
  const laneName = new Map(board.lanes.map((lane) => [lane.id, lane.name]));
  const horizonName = new Map(board.horizons.map((horizon) => [horizon.id, horizon.name]));
  const release = new Map(board.releases.map((entry) => [entry.id, entry]));
  const title = new Map(board.items.map((item) => [item.id, item.title]));
  const columns = [
    'id',
    'title',
    'lane',
    'horizon',
    'status',
    'health',
    'start date',
    'end date',
    'release',
    'release date',
    'owner',
    'tags',
    'reach',
    'impact',
    'confidence',
    'effort',
    'value',
    'RICE score',
    'value/effort',
    'depends on',
    'links',
    'description',
  ];
  const rows = board.items.map((item): Row => {
    const shipsIn = item.releaseId === null ? undefined : release.get(item.releaseId);
    return {
      id: item.id,
      title: item.title,
      lane: laneName.get(item.lane) ?? '',
      horizon: horizonName.get(item.horizon) ?? '',
      status: item.status,
      health: item.health,
      'start date': item.startDate,
      'end date': item.endDate,
      release: shipsIn?.name ?? '',
      'release date': shipsIn?.date ?? '',
      owner: item.owner,
      tags: joined(item.tags),
      reach: item.reach,
      impact: item.impact,
      confidence: item.confidence,
      effort: item.effort,
      value: item.value,
      'RICE score': item.riceScore,
      'value/effort': item.valueEffort,
      'depends on': joined(item.dependencies.map((id) => title.get(id) ?? id)),
      links: linkText(entryLinks(doc, 'items', item.id)),
      description: item.description,
    };
  });
  return toCsv(columns, rows);
}

function launchCsv(board: LaunchView): string {
  const trackName = new Map(board.tracks.map((track) => [track.id, track.name]));
  const columns = [
    'id',
    'title',
    'track',
    'status',
    'owner',
    'due date',
    'relative to launch',
    'description',
  ];
  const rows = board.items.map((task): Row => ({
    id: task.id,
    title: task.title,
    track: trackName.get(task.track) ?? '',
    status: task.status,
    owner: task.owner,
    'due date': task.dueDate,
    'relative to launch': task.offsetLabel,
    description: task.description,
  }));
  return toCsv(columns, rows);
}

function strategyCsv(board: StrategyView): string {
  const columns = [
    'id',
    'type',
    'title',
    'status',
    'confidence',
    'progress',
    'key results',
    'description',
    'strengths',
    'weaknesses',
    'differentiation',
  ];
  const rows = board.items.map((entry): Row => {
    if (entry.type === 'competitor') {
      return {
        id: entry.id,
        type: entry.type,
        title: entry.title,
        strengths: joined(entry.strengths),
        weaknesses: joined(entry.weaknesses),
        differentiation: entry.differentiation,
      };
    }
    return {
      id: entry.id,
      type: entry.type,
      title: entry.title,
      status: entry.status,
      confidence: entry.confidence,
      progress: entry.progress === null ? null : Math.round(entry.progress * 100),
      'key results': joined(
        entry.keyResults.map(
          (kr) =>
            `${kr.name}: ${kr.current} of ${kr.target}${kr.unit ? ` ${kr.unit}` : ''} (from ${kr.start})`,
        ),
      ),
      description: entry.description,
    };
  });
  return toCsv(columns, rows);
}

function personasCsv(board: PersonasView): string {
  const columns = [
    'id',
    'name',
    'role',
    'segment',
    'goals',
    'pains',
    'jobs to be done',
    'quotes',
    'notes',
  ];
  const rows = board.items.map((persona): Row => ({
    id: persona.id,
    name: persona.title,
    role: persona.role,
    segment: persona.segment,
    goals: joined(persona.goals),
    pains: joined(persona.pains),
    'jobs to be done': joined(persona.jobs),
    quotes: joined(
      persona.quotes.map((quote) =>
        quote.source ? `${quote.text} (${quote.source})` : quote.text,
      ),
    ),
    notes: persona.description,
  }));
  return toCsv(columns, rows);
}

function canvasCsv(doc: Y.Doc, board: CanvasView): string {
  const columns = ['id', 'type', 'text', 'x', 'y', 'parent'];
  const shapes = readWhiteboardShapes(doc).filter((shape) => shape.text !== '');
  const rows: Row[] = shapes.map((shape) => ({
    id: shape.id,
    type: shape.type,
    text: shape.text,
    x: Math.round(shape.x),
    y: Math.round(shape.y),
    parent: shape.parentId,
  }));
  // Notes added over REST that no browser has turned into stickies yet.
  for (const note of board.items) {
    rows.push({ id: note.id, type: 'note', text: note.title, x: note.x, y: note.y, parent: '' });
  }
  return toCsv(columns, rows);
}

/** The board in `doc` as CSV text (with its byte order mark). */
export function exportBoardCsv(doc: Y.Doc): string {
  const board = readBoard(doc);
  switch (board.kind) {
    case 'roadmap':
      return roadmapCsv(doc, board);
    case 'launch':
      return launchCsv(board);
    case 'strategy':
      return strategyCsv(board);
    case 'personas':
      return personasCsv(board);
    case 'canvas':
      return canvasCsv(doc, board);
  }
}
