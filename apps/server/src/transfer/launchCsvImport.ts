import {
  addTask,
  addTrack,
  initBoard,
  isLaunchDate,
  LAUNCH_LIMITS,
  ModelError,
  readLaunch,
  type OperationContext,
  type TaskStatus,
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
import { readDate, readOffsetDays, readTaskStatus } from './csvValues.js';

/**
 * The CSV import of a launch plan (docs/formats.md): one task per row, tracks by name, due dates
 * turned into days relative to launch day. Checked whole before anything is made, like a roadmap.
 */

export const LAUNCH_IMPORT: ImportSpec = {
  fields: [
    { name: 'title', label: 'Title', required: true, description: 'The task (Jira: Summary).' },
    {
      name: 'description',
      label: 'Description',
      required: false,
      description: 'Plain text; several columns are joined with blank lines.',
    },
    {
      name: 'track',
      label: 'Track',
      required: false,
      description:
        'Product, Engineering, Marketing, Sales, Support, Press & analyst relations, or a new track named by the value. Empty: the first track.',
    },
    {
      name: 'status',
      label: 'Status',
      required: false,
      description: 'to do, in progress, blocked, done, cancelled (and Jira’s words). Empty: to do.',
    },
    {
      name: 'owner',
      label: 'Owner',
      required: false,
      description: 'Who does it (Jira: Assignee).',
    },
    {
      name: 'dueDate',
      label: 'Due date',
      required: false,
      description:
        'YYYY-MM-DD or Jira’s 05/Mar/26 4:12 PM; stored as days before or after launch day.',
    },
    {
      name: 'offsetDays',
      label: 'Days from launch',
      required: false,
      description: 'Used when there is no due date: -14 or T-14d is two weeks before launch.',
    },
  ],
  aliases: {},
  presets: {
    jira: {
      title: 'Summary',
      description: 'Description',
      status: 'Status',
      owner: 'Assignee',
      dueDate: 'Due date',
      track: 'Component/s',
    },
  },
};

interface RowTask {
  readonly row: number;
  readonly title: string;
  readonly description: string;
  readonly track: string;
  readonly status: TaskStatus;
  readonly owner: string;
  readonly dueDate: string | null;
  readonly offsetDays: number | null;
}

function readRow(reader: RowReader, problems: ImportProblem[]): RowTask | null {
  const before = problems.length;
  const title = reader.first('title');
  if (title === '') reader.problem('title', 'The title is empty; every task needs one.');
  const statusCell = reader.first('status');
  const status =
    statusCell === '' ? 'todo' : reader.take('status', readTaskStatus(statusCell), 'todo');
  const dueDate = reader.take('dueDate', readDate(reader.first('dueDate')), null);
  const offsetDays = reader.take('offsetDays', readOffsetDays(reader.first('offsetDays')), null);
  if (problems.length > before) return null;
  return {
    row: reader.row,
    title,
    description: reader.values('description').join('\n\n'),
    track: reader.first('track'),
    status,
    owner: reader.first('owner'),
    dueDate,
    offsetDays,
  };
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Checks every row and builds the launch plan `title` in a scratch document. Launch day is
 * `launchDate`, else the latest due date in the file, else eight weeks from today.
 */
export function prepareLaunchCsvImport(
  input: {
    readonly csv: string;
    readonly title: string;
    readonly mapping: Readonly<Record<string, string>>;
    readonly launchDate?: string | undefined;
  },
  ctx: OperationContext,
): PreparedImport {
  if (input.launchDate !== undefined && !isLaunchDate(input.launchDate)) {
    throw new ImportRefusedError(
      `launchDate: ${JSON.stringify(input.launchDate)} is not a date YYYY-MM-DD between ${LAUNCH_LIMITS.minYear} and ${LAUNCH_LIMITS.maxYear}.`,
    );
  }
  const { headers, rows } = parseCsv(input.csv);
  const columns = resolveMapping(LAUNCH_IMPORT, headers, input.mapping);
  const problems: ImportProblem[] = [];
  const tasks = rowReaders(rows, columns, problems).flatMap(
    (reader) => readRow(reader, problems) ?? [],
  );
  refuseIf(problems);
  if (tasks.length > LAUNCH_LIMITS.tasksPerBoard) {
    throw new ImportRefusedError(
      `The file has ${tasks.length} tasks; a launch plan has at most ${LAUNCH_LIMITS.tasksPerBoard}.`,
    );
  }
  const dueDates = tasks.flatMap((task) => (task.dueDate === null ? [] : [task.dueDate])).sort();
  const launchDate = input.launchDate ?? dueDates.at(-1);
  const doc = new Y.Doc();
  try {
    initBoard(
      doc,
      {
        kind: 'launch',
        title: input.title,
        template: 'empty',
        ...(launchDate ? { launchDate } : {}),
      },
      ctx,
    );
  } catch (error) {
    if (error instanceof ModelError) throw new ImportRefusedError(error.message);
    throw error;
  }
  const plan = readLaunch(doc);
  const trackIds = new Map<string, string>();
  for (const track of plan.tracks) {
    trackIds.set(track.name.toLowerCase(), track.id);
    trackIds.set(track.id, track.id);
  }
  for (const task of tasks) {
    const key = task.track.toLowerCase();
    if (task.track === '' || trackIds.has(key)) continue;
    try {
      trackIds.set(key, addTrack(doc, { name: task.track }, ctx));
    } catch (error) {
      if (!(error instanceof ModelError)) throw error;
      problems.push({
        row: task.row,
        column: columns.get('track')?.header ?? null,
        reason: error.message,
      });
      trackIds.set(key, '');
    }
  }
  for (const task of tasks) {
    const offsetDays =
      task.dueDate !== null ? daysBetween(plan.launchDate, task.dueDate) : task.offsetDays;
    try {
      const track = task.track === '' ? undefined : trackIds.get(task.track.toLowerCase());
      addTask(
        doc,
        {
          title: task.title,
          description: task.description,
          status: task.status,
          owner: task.owner,
          ...(track ? { track } : {}),
          ...(offsetDays === null ? {} : { offsetDays }),
        },
        ctx,
      );
    } catch (error) {
      if (!(error instanceof ModelError)) throw error;
      problems.push({ row: task.row, column: null, reason: error.message });
    }
  }
  refuseIf(problems);
  return { update: Y.encodeStateAsUpdate(doc), entries: tasks.length };
}
