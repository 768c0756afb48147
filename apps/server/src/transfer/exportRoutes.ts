import { Hono } from 'hono';
import type * as Y from 'yjs';
import type { TransferDependencies } from './TransferDependencies.js';
import type { ApiEnv } from '../api/ApiEnv.js';
import { ApiError } from '../api/ApiError.js';
import { exportBoardCalendar } from './boardCalendar.js';
import { exportBoardCsv } from './boardCsv.js';
import { exportBoardJson } from './exportBoardJson.js';
import { exportBoardMarkdown } from './boardMarkdown.js';
import { attachmentDisposition } from './downloadHeaders.js';

/** Each export format: its file extension, media type and writer. */
const FORMATS = {
  json: {
    extension: 'json',
    type: 'application/json; charset=utf-8',
    write: (doc: Y.Doc, _boardId: string, now: number) =>
      `${JSON.stringify(exportBoardJson(doc, new Date(now)), null, 2)}\n`,
  },
  csv: {
    extension: 'csv',
    type: 'text/csv; charset=utf-8',
    write: (doc: Y.Doc) => exportBoardCsv(doc),
  },
  md: {
    extension: 'md',
    type: 'text/markdown; charset=utf-8',
    write: (doc: Y.Doc) => exportBoardMarkdown(doc),
  },
  ics: {
    extension: 'ics',
    type: 'text/calendar; charset=utf-8',
    write: (doc: Y.Doc, boardId: string) => exportBoardCalendar(boardId, doc),
  },
} as const;

type ExportFormat = keyof typeof FORMATS;

function isFormat(value: string | undefined): value is ExportFormat {
  return value !== undefined && Object.hasOwn(FORMATS, value);
}

/**
 * `GET /api/boards/:id/export?format=json|csv|md|ics` (docs/formats.md). Mounted at `/api/boards`
 * after the board access check, so any role on the board (viewer and up) may export it.
 */
export function exportRoutes(deps: TransferDependencies): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();

  app.get('/:id/export', async (c) => {
    const format = c.req.query('format');
    if (!isFormat(format)) {
      throw new ApiError(
        400,
        `format: ${format === undefined ? 'missing' : JSON.stringify(format)}; use one of ${Object.keys(FORMATS).join(', ')}.`,
      );
    }
    const id = c.req.param('id');
    const { extension, type, write } = FORMATS[format];
    const { body, title } = await deps.boards.read(id, c.get('identity'), (doc) => ({
      body: write(doc, id, deps.now()),
      title: deps.boards.summary(id).title,
    }));
    return c.body(body, 200, {
      'Content-Type': type,
      'Content-Disposition': attachmentDisposition(title, extension),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
  });

  return app;
}
