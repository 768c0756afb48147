import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PLANNING_LANES,
  roadmapPlanningTemplate,
  STICKY_SIZE,
  WORKSHOP_TEMPLATES,
  type WorkshopTemplate,
} from './workshopTemplates';

interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

const templates: readonly WorkshopTemplate[] = [
  ...WORKSHOP_TEMPLATES,
  roadmapPlanningTemplate(['Only lane']),
  roadmapPlanningTemplate(['A', 'B', 'C', 'D', 'E']),
];

describe.each(templates.map((template) => [template.name, template] as const))(
  'the %s template',
  (_name, template) => {
    it('keeps its frames apart and inside its own size', () => {
      template.frames.forEach((frame, index) => {
        expect(frame.x).toBeGreaterThanOrEqual(0);
        expect(frame.y).toBeGreaterThanOrEqual(0);
        expect(frame.x + frame.w).toBeLessThanOrEqual(template.width);
        expect(frame.y + frame.h).toBeLessThanOrEqual(template.height);
        template.frames.slice(index + 1).forEach((other) => {
          expect(overlaps(frame, other), `${frame.name} / ${other.name}`).toBe(false);
        });
      });
      expect(new Set(template.frames.map((frame) => frame.key)).size).toBe(template.frames.length);
    });

    it('puts every starter sticky wholly inside its frame, apart from the others', () => {
      template.stickies.forEach((sticky, index) => {
        const frame = template.frames.find((candidate) => candidate.key === sticky.frameKey);
        expect(frame, sticky.text).toBeDefined();
        expect(sticky.x).toBeGreaterThanOrEqual(0);
        expect(sticky.y).toBeGreaterThanOrEqual(0);
        expect(sticky.x + STICKY_SIZE).toBeLessThanOrEqual(frame?.w ?? 0);
        expect(sticky.y + STICKY_SIZE).toBeLessThanOrEqual(frame?.h ?? 0);
        const box = { x: sticky.x, y: sticky.y, w: STICKY_SIZE, h: STICKY_SIZE };
        template.stickies.slice(index + 1).forEach((other) => {
          if (other.frameKey !== sticky.frameKey) return;
          const otherBox = { x: other.x, y: other.y, w: STICKY_SIZE, h: STICKY_SIZE };
          expect(overlaps(box, otherBox), `${sticky.text} / ${other.text}`).toBe(false);
        });
      });
    });

    it('keeps its labels clear of the frames', () => {
      template.labels.forEach((label) => {
        expect(label.text.trim()).not.toBe('');
        expect(label.x).toBeGreaterThanOrEqual(0);
        expect(label.y).toBeGreaterThanOrEqual(0);
        template.frames.forEach((frame) => {
          const inside =
            label.x >= frame.x &&
            label.x < frame.x + frame.w &&
            label.y >= frame.y &&
            label.y < frame.y + frame.h;
          expect(inside, `${label.text} in ${frame.name}`).toBe(false);
        });
      });
    });
  },
);

describe('the workshop templates', () => {
  it('offers roadmap planning, persona workshop and launch retrospective, in that order', () => {
    expect(WORKSHOP_TEMPLATES.map((template) => template.id)).toEqual([
      'roadmap-planning',
      'persona-workshop',
      'launch-retrospective',
    ]);
  });

  it('plans a frame for each lane and horizon, with the lanes and horizons as labels', () => {
    const template = roadmapPlanningTemplate(DEFAULT_PLANNING_LANES);
    expect(template.frames.map((frame) => frame.name)).toEqual(
      DEFAULT_PLANNING_LANES.flatMap((lane) =>
        ['Now', 'Next', 'Later'].map((horizon) => `${lane} · ${horizon}`),
      ),
    );
    const labels = template.labels.map((label) => label.text);
    expect(labels).toEqual(expect.arrayContaining(['Now', 'Next', 'Later']));
    expect(labels).toEqual(expect.arrayContaining([...DEFAULT_PLANNING_LANES]));
    // Columns line up: every Now frame starts where the Now label does.
    const now = template.labels.find((label) => label.text === 'Now');
    template.frames
      .filter((frame) => frame.name.endsWith('· Now'))
      .forEach((frame) => expect(frame.x).toBe(now?.x));
  });

  it('gives the persona workshop its five frames, each with a starter sticky', () => {
    const template = WORKSHOP_TEMPLATES[1];
    expect(template?.frames.map((frame) => frame.name)).toEqual([
      'Who',
      'Goals',
      'Pains',
      'Jobs',
      'Quotes',
    ]);
    template?.frames.forEach((frame) => {
      expect(template.stickies.some((sticky) => sticky.frameKey === frame.key)).toBe(true);
    });
  });

  it('gives the launch retrospective its three frames', () => {
    expect(WORKSHOP_TEMPLATES[2]?.frames.map((frame) => frame.name)).toEqual([
      'What went well',
      'What didn’t',
      'What we’ll change',
    ]);
  });
});
