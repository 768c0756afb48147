import { addCalendarDays, readBoard, type LaunchView, type RoadmapView } from '@cairn/model';
import { createEvents, type DateArray, type EventAttributes } from 'ics';

/**
 * The ICS export (docs/formats.md): the board's dates as all-day events, for calendars. Every
 * event's UID is `<entry id>@<board id>.cairn`, so subscribing again or re-importing the file
 * updates the events instead of adding copies.
 */

function dateArray(date: string): DateArray {
  const [year, month, day] = date.split('-').map(Number);
  return [year ?? 1970, month ?? 1, day ?? 1];
}

/** An all-day event from `first` to `last` (inclusive, `YYYY-MM-DD`). */
function allDay(
  uid: string,
  title: string,
  first: string,
  last: string,
  extra: Partial<EventAttributes> = {},
): EventAttributes {
  return {
    uid,
    title,
    start: dateArray(first),
    // DTEND of an all-day event is exclusive: the day after the last.
    end: dateArray(addCalendarDays(last, 1)),
    ...extra,
  };
}

function roadmapEvents(boardId: string, board: RoadmapView): EventAttributes[] {
  const events: EventAttributes[] = [];
  for (const release of board.releases) {
    if (release.date === null) continue;
    const label = release.type === 'milestone' ? 'Milestone' : 'Release';
    events.push(
      allDay(
        `${release.id}@${boardId}.cairn`,
        `${label}: ${release.name}`,
        release.date,
        release.date,
        {
          categories: [label],
        },
      ),
    );
  }
  for (const item of board.items) {
    const last = item.endDate ?? item.startDate;
    if (last === null) continue;
    const first = item.startDate ?? last;
    events.push(
      allDay(`${item.id}@${boardId}.cairn`, item.title, first, last, {
        description: [
          `Status: ${item.status}`,
          item.owner ? `Owner: ${item.owner}` : '',
          item.description,
        ]
          .filter((line) => line !== '')
          .join('\n'),
        categories: ['Roadmap item'],
      }),
    );
  }
  return events;
}

function launchEvents(boardId: string, board: LaunchView): EventAttributes[] {
  const events = [
    allDay(
      `launch@${boardId}.cairn`,
      `Launch: ${board.title}`,
      board.launchDate,
      board.launchDate,
      {
        description: `Launch day (${board.tier}).`,
        categories: ['Launch'],
      },
    ),
  ];
  const trackName = new Map(board.tracks.map((track) => [track.id, track.name]));
  for (const task of board.items) {
    if (task.status === 'cancelled') continue;
    events.push(
      allDay(`${task.id}@${boardId}.cairn`, task.title, task.dueDate, task.dueDate, {
        description: [
          `${task.offsetLabel}, ${trackName.get(task.track) ?? 'no track'}, status: ${task.status}`,
          task.owner ? `Owner: ${task.owner}` : '',
          task.description,
        ]
          .filter((line) => line !== '')
          .join('\n'),
        categories: ['Launch task'],
      }),
    );
  }
  return events;
}

/** The dated entries of the board in `doc` as an iCalendar file; a board without dates gives an empty calendar. */
export function exportBoardCalendar(boardId: string, doc: Parameters<typeof readBoard>[0]): string {
  const board = readBoard(doc);
  const events =
    board.kind === 'roadmap'
      ? roadmapEvents(boardId, board)
      : board.kind === 'launch'
        ? launchEvents(boardId, board)
        : [];
  const { error, value } = createEvents(events, {
    productId: '-//Cairn//Board export//EN',
    calName: board.title,
  });
  if (error || value === null) throw error ?? new Error('The calendar could not be written.');
  return value;
}
