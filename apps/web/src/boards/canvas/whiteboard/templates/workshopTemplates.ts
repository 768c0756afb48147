/**
 * The workshop templates as plain data, free of tldraw, so their layout is unit-tested in Node.
 * Coordinates are page pixels relative to the template's top-left corner; a sticky's are relative
 * to the frame it sits in. `insertTemplate` turns them into tldraw frames, texts and notes.
 */

/** tldraw colour names a template uses (a subset of tldraw's `DefaultColorStyle`). */
export type TemplateColor = 'yellow' | 'light-green' | 'light-red' | 'light-blue' | 'violet';

/** A titled area people drop stickies into. */
export interface TemplateFrame {
  /** Names the frame within the template, so stickies can say which frame holds them. */
  readonly key: string;
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A text label outside the frames: a heading, a column or a row name. */
export interface TemplateLabel {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  /** Large for the template's heading, medium for column and row names. */
  readonly size: 'l' | 'm';
}

/** A starter sticky inside a frame, showing people what goes there. */
export interface TemplateSticky {
  readonly frameKey: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly color: TemplateColor;
}

export type WorkshopTemplateId = 'roadmap-planning' | 'persona-workshop' | 'launch-retrospective';

/** One template, ready to insert. */
export interface WorkshopTemplate {
  readonly id: WorkshopTemplateId;
  readonly name: string;
  /** One line for the menu. */
  readonly description: string;
  readonly width: number;
  readonly height: number;
  readonly frames: readonly TemplateFrame[];
  readonly labels: readonly TemplateLabel[];
  readonly stickies: readonly TemplateSticky[];
}

/** Room for the heading above the frames. */
const HEADING_HEIGHT = 120;
const GAP = 40;
/** A tldraw note at scale 1 is 200 × 200; starter stickies sit this far inside their frame. */
export const STICKY_SIZE = 200;
const STICKY_INSET = 40;

/** The horizons of Cairn's roadmaps, as columns. */
const HORIZONS = ['Now', 'Next', 'Later'] as const;
/** Lanes a roadmap planning board starts with; people rename the labels to their teams. */
export const DEFAULT_PLANNING_LANES = ['Product', 'Engineering', 'Go to market'] as const;

const PLANNING_CELL = { w: 440, h: 300 } as const;
/** Room left of the rows for the lane names. */
const LANE_LABEL_WIDTH = 200;
/** Room above the first row for the column names. */
const COLUMN_LABEL_HEIGHT = 90;

/** Roadmap planning: a frame per lane and horizon, with lane names on the rows and horizon columns. */
export function roadmapPlanningTemplate(lanes: readonly string[]): WorkshopTemplate {
  const top = HEADING_HEIGHT + COLUMN_LABEL_HEIGHT;
  const frames = lanes.flatMap((lane, row) =>
    HORIZONS.map((horizon, column) => ({
      key: `${row}-${horizon}`,
      name: `${lane} · ${horizon}`,
      x: LANE_LABEL_WIDTH + column * (PLANNING_CELL.w + GAP),
      y: top + row * (PLANNING_CELL.h + GAP),
      ...PLANNING_CELL,
    })),
  );
  const labels: TemplateLabel[] = [
    { text: 'Roadmap planning', x: 0, y: 0, size: 'l' },
    ...HORIZONS.map((horizon, column) => ({
      text: horizon,
      x: LANE_LABEL_WIDTH + column * (PLANNING_CELL.w + GAP),
      y: HEADING_HEIGHT,
      size: 'm' as const,
    })),
    ...lanes.map((lane, row) => ({
      text: lane,
      x: 0,
      y: top + row * (PLANNING_CELL.h + GAP) + PLANNING_CELL.h / 2,
      size: 'm' as const,
    })),
  ];
  return {
    id: 'roadmap-planning',
    name: 'Roadmap planning',
    description: 'A frame per lane for Now, Next and Later',
    width: LANE_LABEL_WIDTH + HORIZONS.length * PLANNING_CELL.w + (HORIZONS.length - 1) * GAP,
    height: top + lanes.length * PLANNING_CELL.h + Math.max(0, lanes.length - 1) * GAP,
    frames,
    labels,
    stickies: [],
  };
}

/** Frames in one row under a heading, each `w` × `h`, with starter stickies down each frame. */
function rowTemplate(
  id: WorkshopTemplateId,
  name: string,
  description: string,
  size: { readonly w: number; readonly h: number },
  columns: ReadonlyArray<{
    readonly name: string;
    readonly color: TemplateColor;
    readonly starters: readonly string[];
  }>,
): WorkshopTemplate {
  const frames = columns.map((column, index) => ({
    key: String(index),
    name: column.name,
    x: index * (size.w + GAP),
    y: HEADING_HEIGHT,
    ...size,
  }));
  const stickies = columns.flatMap((column, index) =>
    column.starters.map((text, row) => ({
      frameKey: String(index),
      text,
      x: (size.w - STICKY_SIZE) / 2,
      y: STICKY_INSET + row * (STICKY_SIZE + GAP / 2),
      color: column.color,
    })),
  );
  return {
    id,
    name,
    description,
    width: columns.length * size.w + (columns.length - 1) * GAP,
    height: HEADING_HEIGHT + size.h,
    frames,
    labels: [{ text: name, x: 0, y: 0, size: 'l' }],
    stickies,
  };
}

/** Persona workshop: who they are, their goals, pains, jobs and quotes, with prompts to start. */
export const PERSONA_WORKSHOP = rowTemplate(
  'persona-workshop',
  'Persona workshop',
  'Who, Goals, Pains, Jobs and Quotes, with starter stickies',
  { w: 320, h: 560 },
  [
    { name: 'Who', color: 'light-blue', starters: ['Name, role and segment'] },
    {
      name: 'Goals',
      color: 'light-green',
      starters: ['What are they trying to achieve?', 'How do they measure success?'],
    },
    {
      name: 'Pains',
      color: 'light-red',
      starters: ['What gets in their way?', 'What do they work around today?'],
    },
    { name: 'Jobs', color: 'yellow', starters: ['When …, I want to …, so I can …'] },
    { name: 'Quotes', color: 'violet', starters: ['“What they said” (who, when)'] },
  ],
);

/** Launch retrospective: what went well, what didn't, and what the team will change. */
export const LAUNCH_RETROSPECTIVE = rowTemplate(
  'launch-retrospective',
  'Launch retrospective',
  'What went well, what didn’t, and what we’ll change',
  { w: 480, h: 600 },
  [
    { name: 'What went well', color: 'light-green', starters: [] },
    { name: 'What didn’t', color: 'light-red', starters: [] },
    { name: 'What we’ll change', color: 'light-blue', starters: [] },
  ],
);

/** The templates the menu offers, in its order. */
export const WORKSHOP_TEMPLATES: readonly WorkshopTemplate[] = [
  roadmapPlanningTemplate(DEFAULT_PLANNING_LANES),
  PERSONA_WORKSHOP,
  LAUNCH_RETROSPECTIVE,
];
