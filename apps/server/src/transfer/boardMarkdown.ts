import {
  compareOrdered,
  readBoard,
  type CanvasView,
  type ItemView,
  type LaunchView,
  type PersonasView,
  type RoadmapView,
  type StrategyView,
} from '@cairn/model';
import { readWhiteboardShapes } from '@cairn/canvas';
import type * as Y from 'yjs';

/**
 * The Markdown export (docs/formats.md): a readable document of the board. People's text is
 * escaped, so a title can never become a link, an image, HTML or a heading in a renderer.
 */

/**
 * ASCII punctuation that means something to CommonMark or GitHub's Markdown (emphasis, code,
 * links, images, HTML, entities, headings, lists, tables, autolinks of `www.`, `http:` and
 * e-mail addresses). Each gets a backslash, which CommonMark allows before any ASCII punctuation.
 */
const SIGNIFICANT = /[\\`*_{}[\]()#+\-.!|<>&:~@"=$%]/g;

/** `text` as inline Markdown that renders as exactly that text, on one line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n|\u2028|\u2029/g, ' ')
    .replace(SIGNIFICANT, (character) => `\\${character}`)
    .trim();
}

/** Multi-line `text` as Markdown paragraphs (one per line), each escaped; `indent` in front. */
function escapeBlock(text: string, indent = ''): string[] {
  return text
    .split(/\r\n?|\n/)
    .map((line) => escapeMarkdown(line))
    .filter((line) => line !== '')
    .map((line) => `${indent}${line}`);
}

function field(label: string, value: string | number | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  return `${label}: ${typeof value === 'number' ? value : escapeMarkdown(value)}`;
}

function details(parts: readonly (string | null)[]): string {
  const present = parts.filter((part): part is string => part !== null);
  return present.length > 0 ? ` (${present.join(', ')})` : '';
}

function roadmapItemLine(
  item: ItemView,
  releaseName: (id: string | null) => string | null,
): string[] {
  const dates =
    item.startDate && item.endDate
      ? `${item.startDate} to ${item.endDate}`
      : (item.endDate ?? item.startDate ?? null);
  const line = `- **${escapeMarkdown(item.title)}**${details([
    `status: ${item.status}`,
    item.health === 'on-track' ? null : `health: ${item.health}`,
    dates === null ? null : `dates: ${dates}`,
    field('owner', item.owner),
    field('release', releaseName(item.releaseId)),
    item.tags.length > 0 ? `tags: ${item.tags.map(escapeMarkdown).join(', ')}` : null,
  ])}`;
  return [line, ...escapeBlock(item.description, '  ')];
}

function roadmapMarkdown(board: RoadmapView): string[] {
  const release = new Map(board.releases.map((entry) => [entry.id, entry.name]));
  const releaseName = (id: string | null) => (id === null ? null : (release.get(id) ?? null));
  const lines = [`# ${escapeMarkdown(board.title)}`, '', 'A roadmap exported from Cairn.', ''];
  if (board.releases.length > 0) {
    lines.push('## Releases and milestones', '');
    for (const entry of board.releases) {
      lines.push(`- ${entry.date ?? 'no date'}: **${escapeMarkdown(entry.name)}** (${entry.type})`);
    }
    lines.push('');
  }
  const laneIds = new Set(board.lanes.map((lane) => lane.id));
  for (const lane of board.lanes) {
    lines.push(`## ${escapeMarkdown(lane.name)}`, '');
    for (const horizon of board.horizons) {
      const items = board.items
        .filter((item) => item.lane === lane.id && item.horizon === horizon.id)
        .sort((a, b) => compareOrdered(a, b));
      lines.push(`### ${escapeMarkdown(horizon.name)}`, '');
      if (items.length === 0) lines.push('Nothing planned.');
      for (const item of items) lines.push(...roadmapItemLine(item, releaseName));
      lines.push('');
    }
  }
  const elsewhere = board.items.filter((item) => !laneIds.has(item.lane));
  if (elsewhere.length > 0) {
    lines.push('## Other items', '');
    for (const item of elsewhere) lines.push(...roadmapItemLine(item, releaseName));
    lines.push('');
  }
  return lines;
}

function launchMarkdown(board: LaunchView): string[] {
  const percent = (value: number | null) => (value === null ? 'nothing to do' : `${value}% ready`);
  const lines = [
    `# ${escapeMarkdown(board.title)}`,
    '',
    `Launch date: ${board.launchDate} (${board.tier}). Readiness: ${percent(board.readiness.percent)}, ${board.readiness.done} of ${board.readiness.total} tasks done.`,
    '',
  ];
  for (const track of board.tracks) {
    lines.push(`## ${escapeMarkdown(track.name)} (${percent(track.readiness.percent)})`, '');
    const tasks = board.items
      .filter((task) => task.track === track.id)
      .sort((a, b) => a.offsetDays - b.offsetDays || (a.id < b.id ? -1 : 1));
    if (tasks.length === 0) lines.push('No tasks.');
    for (const task of tasks) {
      const done = task.status === 'done' ? 'x' : ' ';
      lines.push(
        `- [${done}] ${task.dueDate} (${task.offsetLabel}): **${escapeMarkdown(task.title)}**${details(
          [`status: ${task.status}`, field('owner', task.owner)],
        )}`,
        ...escapeBlock(task.description, '  '),
      );
    }
    lines.push('');
  }
  return lines;
}

function strategyMarkdown(board: StrategyView): string[] {
  const { positioning } = board;
  const lines = [`# ${escapeMarkdown(board.title)}`, '', '## Vision', ''];
  lines.push(...(board.vision ? escapeBlock(board.vision) : ['Not written yet.']), '');
  lines.push('## Positioning', '');
  const part = (text: string) => (text ? escapeMarkdown(text) : '…');
  lines.push(
    `For ${part(positioning.for)} who ${part(positioning.who)}, unlike ${part(positioning.unlike)}, we ${part(positioning.we)}.`,
    '',
    '## Goals',
    '',
  );
  for (const goal of board.items) {
    if (goal.type !== 'goal') continue;
    lines.push(
      `### ${escapeMarkdown(goal.title)}`,
      '',
      ...[
        field('Status', goal.status),
        field('Confidence', goal.confidence === null ? null : `${goal.confidence}%`),
        field('Progress', goal.progress === null ? null : `${Math.round(goal.progress * 100)}%`),
      ]
        .filter((line): line is string => line !== null)
        .map((line) => `- ${line}`),
      ...goal.keyResults.map(
        (kr) =>
          `- Key result: ${escapeMarkdown(kr.name)}: ${kr.current} of ${kr.target}${kr.unit ? ` ${escapeMarkdown(kr.unit)}` : ''} (from ${kr.start})`,
      ),
      '',
      ...escapeBlock(goal.description),
      '',
    );
  }
  lines.push('## Competitors', '');
  for (const competitor of board.items) {
    if (competitor.type !== 'competitor') continue;
    lines.push(`### ${escapeMarkdown(competitor.title)}`, '');
    for (const strength of competitor.strengths)
      lines.push(`- Strength: ${escapeMarkdown(strength)}`);
    for (const weakness of competitor.weaknesses)
      lines.push(`- Weakness: ${escapeMarkdown(weakness)}`);
    lines.push('', ...escapeBlock(competitor.differentiation), '');
  }
  return lines;
}

function personasMarkdown(board: PersonasView): string[] {
  const lines = [`# ${escapeMarkdown(board.title)}`, ''];
  for (const persona of board.items) {
    lines.push(`## ${escapeMarkdown(persona.title)}`, '');
    const facts = [field('Role', persona.role), field('Segment', persona.segment)].filter(
      (line): line is string => line !== null,
    );
    lines.push(...facts.map((line) => `- ${line}`), ...(facts.length > 0 ? [''] : []));
    const list = (heading: string, entries: readonly string[]) => {
      if (entries.length === 0) return;
      lines.push(`### ${heading}`, '', ...entries.map((entry) => `- ${escapeMarkdown(entry)}`), '');
    };
    list('Goals', persona.goals);
    list('Pains', persona.pains);
    list('Jobs to be done', persona.jobs);
    list(
      'Quotes',
      persona.quotes.map((quote) =>
        [quote.text, quote.source, quote.date].filter((part) => part !== '').join(' — '),
      ),
    );
    if (persona.description) lines.push('### Notes', '', ...escapeBlock(persona.description), '');
  }
  return lines;
}

function canvasMarkdown(doc: Y.Doc, board: CanvasView): string[] {
  const lines = [`# ${escapeMarkdown(board.title)}`, '', 'The text on the whiteboard.', ''];
  const texts = [
    ...readWhiteboardShapes(doc).map((shape) => shape.text),
    ...board.items.map((note) => note.title),
  ].filter((text) => text.trim() !== '');
  if (texts.length === 0) lines.push('The whiteboard has no text.');
  for (const text of texts) lines.push(`- ${escapeMarkdown(text)}`);
  lines.push('');
  return lines;
}

/** The board in `doc` as Markdown. */
export function exportBoardMarkdown(doc: Y.Doc): string {
  const board = readBoard(doc);
  const lines = ((): string[] => {
    switch (board.kind) {
      case 'roadmap':
        return roadmapMarkdown(board);
      case 'launch':
        return launchMarkdown(board);
      case 'strategy':
        return strategyMarkdown(board);
      case 'personas':
        return personasMarkdown(board);
      case 'canvas':
        return canvasMarkdown(doc, board);
    }
  })();
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
