import {
  addItem,
  addRelease,
  DEFAULT_LANE_NAME,
  initBoard,
  LIMITS,
  ModelError,
  readRoadmap,
  type ItemStatus,
  type ModelEnv,
  type OperationContext,
} from '@cairn/model';
import * as Y from 'yjs';
import {
  ImportRefusedError,
  parseCsv,
  refuseIf,
  resolveMapping,
  rowReaders,
  type ImportProblem,
  type ImportSpec,
  type PreparedImport,
  type RowReader,
} from './csvImport.js';
import { horizonOfStatus, readDate, readHorizon, readStatus, splitTags } from './csvValues.js';

/**
 * The CSV import of a roadmap (docs/formats.md): a file's columns mapped onto item fields, every
 * row checked, and the board built in a scratch document only when no row has a problem, so an
 * import never creates half a board.
 */

export const ROADMAP_IMPORT: ImportSpec = {
  fields: [
    {
      name: 'title',
      label: 'Title',
      required: true,
      description: 'The item’s title (Jira: Summary).',
    },
    {
      name: 'description',
      label: 'Description',
      required: false,
      description: 'Plain text; several columns are joined with blank lines.',
    },
    {
      name: 'lane',
      label: 'Lane',
      required: false,
      description: 'Team or theme; one lane per distinct value, in the order they first appear.',
    },
    {
      name: 'horizon',
      label: 'Horizon',
      required: false,
      description:
        'now, next or later (also current, soon, future…). Unmapped or empty: from the status (in progress and shipped: Now, planned: Next, ideas: Later).',
    },
    {
      name: 'status',
      label: 'Status',
      required: false,
      description:
        'idea, planned, in progress, shipped, cancelled, or Jira’s To Do, In Progress, Done and similar. Empty: planned.',
    },
    {
      name: 'owner',
      label: 'Owner',
      required: false,
      description: 'Who owns the item (Jira: Assignee).',
    },
    {
      name: 'startDate',
      label: 'Start date',
      required: false,
      description: 'YYYY-MM-DD or Jira’s 05/Mar/26 4:12 PM.',
    },
    {
      name: 'endDate',
      label: 'End or target date',
      required: false,
      description:
        'YYYY-MM-DD or Jira’s 05/Mar/26 4:12 PM (Jira: Due date). Also accepted as targetDate.',
    },
    {
      name: 'release',
      label: 'Release',
      required: false,
      description:
        'Release name (Jira: Fix versions); releases are created by name, dated on the latest end date of their items (or the import day). With several columns, the first filled one.',
    },
    {
      name: 'tags',
      label: 'Tags',
      required: false,
      description:
        'Labels; every mapped column, each split at commas and semicolons. Also accepted as labels.',
    },
    {
      name: 'epic',
      label: 'Epic',
      required: false,
      description:
        'The epic (Jira: Parent summary); used as the lane when no lane column is mapped.',
    },
  ],
  aliases: { targetDate: 'endDate', labels: 'tags' },
  presets: {
    jira: {
      title: 'Summary',
      description: 'Description',
      status: 'Status',
      owner: 'Assignee',
      endDate: 'Due date',
      release: 'Fix versions',
      tags: 'Labels',
      epic: 'Parent summary',
    },
  },
};

/** One row read into item fields. */
interface RowItem {
  readonly row: number;
  readonly title: string;
  readonly description: string;
  readonly lane: string;
  readonly horizon: string;
  readonly status: ItemStatus;
  readonly owner: string;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly release: string | null;
  readonly tags: string[];
}

function readRow(
  reader: RowReader,
  laneField: 'lane' | 'epic',
  problems: ImportProblem[],
): RowItem | null {
  const before = problems.length;
  const title = reader.first('title');
  if (title === '') reader.problem('title', 'The title is empty; every item needs one.');
  const statusCell = reader.first('status');
  const status =
    statusCell === '' ? 'planned' : reader.take('status', readStatus(statusCell), 'planned');
  const horizonCell = reader.first('horizon');
  const horizon =
    horizonCell === ''
      ? horizonOfStatus(status)
      : reader.take('horizon', readHorizon(horizonCell), 'now');
  const startDate = reader.take('startDate', readDate(reader.first('startDate')), null);
  const endDate = reader.take('endDate', readDate(reader.first('endDate')), null);
  if (startDate !== null && endDate !== null && endDate < startDate) {
    reader.problem('endDate', `The end date ${endDate} is before the start date ${startDate}.`);
  }
  const lane = reader.first(laneField);
  if ([...lane].length > LIMITS.laneNameLength) {
    reader.problem(laneField, `The lane name is longer than ${LIMITS.laneNameLength} characters.`);
  }
  if (problems.length > before) return null;
  return {
    row: reader.row,
    title,
    description: reader.values('description').join('\n\n'),
    lane: lane === '' ? DEFAULT_LANE_NAME : lane,
    horizon,
    status,
    owner: reader.first('owner'),
    startDate,
    endDate,
    release: reader.first('release') || null,
    tags: [...new Set(reader.values('tags').flatMap(splitTags))],
  };
}

function today(env: ModelEnv): string {
  return new Date(env.now()).toISOString().slice(0, 10);
}

/** A model refusal as the import's: the scratch document is dropped, nothing was made. */
function asRefusal<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ModelError) throw new ImportRefusedError(error.message);
    throw error;
  }
}

/**
 * Checks every row of `csv` under `mapping` and builds the roadmap `title` in a scratch document.
 * Throws ImportRefusedError with every problem (row numbers 1-based after the header) when any
 * row is wrong; nothing exists outside the scratch document until the caller applies the update.
 */
export function prepareRoadmapCsvImport(
  input: {
    readonly csv: string;
    readonly title: string;
    readonly mapping: Readonly<Record<string, string>>;
  },
  ctx: OperationContext,
): PreparedImport {
  const { headers, rows } = parseCsv(input.csv);
  const columns = resolveMapping(ROADMAP_IMPORT, headers, input.mapping);
  const problems: ImportProblem[] = [];
  const laneField = columns.has('lane') ? 'lane' : 'epic';
  const items = rowReaders(rows, columns, problems).flatMap(
    (reader) => readRow(reader, laneField, problems) ?? [],
  );
  refuseIf(problems);
  const lanes = [...new Set(items.map((item) => item.lane))];
  if (lanes.length > LIMITS.lanesPerBoard) {
    throw new ImportRefusedError(
      `The file makes ${lanes.length} lanes; a roadmap has at most ${LIMITS.lanesPerBoard}. Map another column to lane.`,
    );
  }
  const doc = new Y.Doc();
  asRefusal(() =>
    initBoard(
      doc,
      { kind: 'roadmap', title: input.title, lanes: lanes.length > 0 ? lanes : undefined },
      ctx,
    ),
  );
  // initBoard lays the lanes out in the order given.
  const laneIds = new Map(
    readRoadmap(doc).lanes.map((lane, index) => [lanes[index] ?? lane.name, lane.id]),
  );
  const releaseIds = new Map<string, string>();
  for (const name of new Set(
    items.flatMap((item) => (item.release === null ? [] : [item.release])),
  )) {
    const dates = items.flatMap((item) =>
      item.release === name && item.endDate !== null ? [item.endDate] : [],
    );
    try {
      releaseIds.set(
        name,
        addRelease(doc, { name, date: dates.sort().at(-1) ?? today(ctx.env) }, ctx),
      );
    } catch (error) {
      if (!(error instanceof ModelError)) throw error;
      const row = items.find((item) => item.release === name)?.row ?? 1;
      problems.push({ row, column: columns.get('release')?.header ?? null, reason: error.message });
    }
  }
  for (const item of items) {
    try {
      addItem(
        doc,
        {
          title: item.title,
          description: item.description,
          status: item.status,
          owner: item.owner,
          tags: item.tags,
          startDate: item.startDate,
          endDate: item.endDate,
          releaseId: item.release === null ? null : (releaseIds.get(item.release) ?? null),
          lane: laneIds.get(item.lane),
          horizon: item.horizon,
        },
        ctx,
      );
    } catch (error) {
      if (!(error instanceof ModelError)) throw error;
      problems.push({ row: item.row, column: null, reason: error.message });
    }
  }
  refuseIf(problems);
  return { update: Y.encodeStateAsUpdate(doc), entries: items.length };
}
