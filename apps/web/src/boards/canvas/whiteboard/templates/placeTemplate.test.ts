import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeTemplate, TEMPLATE_MARGIN } from './placeTemplate';

const rect = fc.record({
  x: fc.integer({ min: -50_000, max: 50_000 }),
  y: fc.integer({ min: -50_000, max: 50_000 }),
  w: fc.integer({ min: 1, max: 20_000 }),
  h: fc.integer({ min: 1, max: 20_000 }),
});

describe('placeTemplate', () => {
  it('centres a template in the viewport of an empty page', () => {
    expect(placeTemplate({ w: 400, h: 200 }, null, { x: 0, y: 0, w: 1000, h: 800 })).toEqual({
      x: 300,
      y: 300,
    });
  });

  it('never puts a template over existing content, and keeps a margin from it', () => {
    fc.assert(
      fc.property(rect, rect, (content, viewport) => {
        const size = { w: viewport.w, h: viewport.h };
        const at = placeTemplate(size, content, viewport);
        expect(at.x).toBeGreaterThanOrEqual(content.x + content.w + TEMPLATE_MARGIN - 0.5);
        expect(at.y).toBeCloseTo(content.y, 0);
      }),
      { seed: 4 },
    );
  });
});
