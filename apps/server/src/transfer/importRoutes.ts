import type { BoardKind, OperationContext } from '@cairn/model';
import { Hono, type Context } from 'hono';
import * as Y from 'yjs';
import { z } from 'zod';
import type { ApiEnv } from '../api/ApiEnv.js';
import { ApiError } from '../api/ApiError.js';
import { requireRole } from '../api/authenticate.js';
import { readJson, validate } from '../api/parseBody.js';
import { isBoardExport, prepareBoardImport } from './importBoardJson.js';
import {
  ImportRefusedError,
  matchingMapping,
  parseCsv,
  presetMapping,
  type PreparedImport,
} from './csvImport.js';
import { LAUNCH_IMPORT, prepareLaunchCsvImport } from './launchCsvImport.js';
import { prepareRoadmapCsvImport, ROADMAP_IMPORT } from './roadmapCsvImport.js';
import type { TransferDependencies } from './TransferDependencies.js';

/** The kinds a CSV file can become, each with its fields and presets. */
const CSV_KINDS = { roadmap: ROADMAP_IMPORT, launch: LAUNCH_IMPORT } as const;
type CsvKind = keyof typeof CSV_KINDS;

/** Why a kind is refused: other kinds have no CSV import. */
const CSV_KIND_REASON = 'must be roadmap or launch: a CSV file becomes a roadmap or a launch plan';

const csvKind = z.enum(['roadmap', 'launch'], { error: CSV_KIND_REASON });

/** `?kind=` of the `text/csv` import and of the fields list; roadmap when absent. */
function csvKindOf(value: string | undefined): CsvKind {
  const kind = value ?? 'roadmap';
  if (!Object.hasOwn(CSV_KINDS, kind)) throw new ApiError(400, `kind: ${CSV_KIND_REASON}.`);
  return kind as CsvKind;
}

/** A CSV import sent as JSON (the web app's mapping step). */
const csvImportBody = z.strictObject({
  csv: z.string().min(1, 'the file is empty'),
  title: z.string(),
  kind: csvKind.default('roadmap'),
  mapping: z.record(z.string(), z.string()),
  /** Launch plans only: launch day; default the latest due date in the file. */
  launchDate: z.string().optional(),
  dryRun: z.boolean().optional(),
});

interface CsvImportInput {
  readonly kind: CsvKind;
  readonly csv: string;
  readonly title: string;
  readonly mapping: Record<string, string>;
  readonly launchDate?: string | undefined;
  readonly dryRun: boolean;
}

/** `?dryRun=1` (or `true`): check everything, create nothing. */
function isDryRun(c: Context<ApiEnv>): boolean {
  const dryRun = c.req.query('dryRun');
  return dryRun === '1' || dryRun === 'true';
}

/** Default titles of boards imported from a `text/csv` body without `?title=`. */
const DEFAULT_CSV_TITLES: Record<CsvKind, string> = {
  roadmap: 'Imported roadmap',
  launch: 'Imported launch plan',
};

function refusal(c: Context<ApiEnv>, error: unknown): Response {
  if (error instanceof ImportRefusedError) {
    return c.json({ error: error.message, problems: error.problems }, 400);
  }
  // The same shape as a refused row, so a client shows every CSV refusal one way.
  if (error instanceof ApiError && error.status === 400) {
    return c.json({ error: error.message, problems: [] }, 400);
  }
  throw error;
}

/**
 * `POST /api/boards/import` and `GET /api/boards/import/fields` (docs/formats.md). Mounted at
 * `/api/boards/import` after authentication and before the per-board access check (`import` is
 * not a board id). Importing needs what creating a board needs: the editor role in the workspace;
 * the importer becomes the new board's admin, as its creator would.
 */
export function importRoutes(deps: TransferDependencies): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  const editor = requireRole('editor');

  /** Model operations on the scratch document that becomes the board. */
  const scratchContext = (): OperationContext => ({
    origin: { kind: 'import', source: 'csv' },
    env: { now: deps.now, random: Math.random },
  });

  /** Creates the board from a prepared document and answers 201. */
  const create = async (c: Context<ApiEnv>, kind: BoardKind, prepared: PreparedImport) => {
    const identity = c.get('identity');
    const board = await deps.boards.createWith(kind, identity, (doc, ctx) =>
      Y.applyUpdate(doc, prepared.update, ctx.origin),
    );
    deps.accounts.access.recordCreator(board.id, identity);
    return c.json({ board, entries: prepared.entries }, 201);
  };

  const importCsv = async (c: Context<ApiEnv>, input: CsvImportInput) => {
    let prepared: PreparedImport;
    try {
      if (input.kind === 'roadmap' && input.launchDate !== undefined) {
        throw new ImportRefusedError('launchDate: only launch plans have a launch date.');
      }
      prepared =
        input.kind === 'launch'
          ? prepareLaunchCsvImport(input, scratchContext())
          : prepareRoadmapCsvImport(input, scratchContext());
    } catch (error) {
      return refusal(c, error);
    }
    if (input.dryRun) return c.json({ entries: prepared.entries, problems: [] }, 200);
    return create(c, input.kind, prepared);
  };

  app.get('/fields', editor, (c) => {
    const { fields, presets } = CSV_KINDS[csvKindOf(c.req.query('kind'))];
    return c.json({ fields, presets });
  });

  app.post('/', editor, async (c) => {
    const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
    if (type === 'text/csv') {
      const csv = await c.req.text();
      let input: CsvImportInput;
      try {
        const kind = csvKindOf(c.req.query('kind'));
        const spec = CSV_KINDS[kind];
        const preset = c.req.query('preset');
        const { headers } = parseCsv(csv);
        input = {
          kind,
          csv,
          title: c.req.query('title') ?? DEFAULT_CSV_TITLES[kind],
          mapping:
            preset === undefined
              ? matchingMapping(spec, headers)
              : presetMapping(spec, preset, headers),
          launchDate: c.req.query('launchDate'),
          dryRun: isDryRun(c),
        };
      } catch (error) {
        return refusal(c, error);
      }
      return importCsv(c, input);
    }
    if (type !== 'application/json') {
      throw new ApiError(
        415,
        'Send a Cairn export or a CSV import as application/json, or a CSV file as text/csv.',
      );
    }
    const body = await readJson(c);
    if (isBoardExport(body)) {
      const { kind, prepared } = prepareBoardImport(body, deps.now());
      if (isDryRun(c)) return c.json({ entries: prepared.entries, problems: [] }, 200);
      return create(c, kind, prepared);
    }
    if (typeof body === 'object' && body !== null && 'csv' in body) {
      let input: z.output<typeof csvImportBody>;
      try {
        input = validate(csvImportBody, body);
      } catch (error) {
        return refusal(c, error);
      }
      return importCsv(c, { ...input, dryRun: input.dryRun ?? false });
    }
    throw new ApiError(
      400,
      'Expected a Cairn board export ({"format": "cairn.board", …}) or a CSV import ({"csv", "title", "mapping"}).',
    );
  });

  return app;
}
