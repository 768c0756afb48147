import { describe, expect, it } from 'vitest';
import { planViewportFirstLoad } from './planViewportFirstLoad.js';

const viewport = { x: 0, y: 0, w: 1000, h: 600 };

function shape(id: string, x: number, y: number, parentId = 'page:page', props: object = {}) {
  return {
    id,
    typeName: 'shape',
    type: 'geo',
    parentId,
    x,
    y,
    props: { w: 100, h: 100, ...props },
  };
}

function binding(id: string, fromId: string, toId: string) {
  return { id, typeName: 'binding', type: 'arrow', fromId, toId, props: {} };
}

function recordsOf(...values: Array<{ id: string }>): Record<string, unknown> {
  return Object.fromEntries(values.map((value) => [value.id, value]));
}

const plain = recordsOf(
  { id: 'document:document', typeName: 'document' } as { id: string },
  { id: 'page:page', typeName: 'page' } as { id: string },
);

describe('planViewportFirstLoad', () => {
  it('loads the pages and the shapes near the viewport first, the others nearest first', () => {
    const records = {
      ...plain,
      ...recordsOf(
        shape('shape:far', 9000, 0),
        shape('shape:visible', 500, 300),
        shape('shape:margin', 1200, 300),
        shape('shape:next', 3000, 0),
        shape('shape:further', 5000, 0),
      ),
    };
    const batches = planViewportFirstLoad(records, { viewport, margin: 400, batchSize: 1 });
    expect(batches).toEqual([
      ['document:document', 'page:page', 'shape:visible', 'shape:margin'],
      ['shape:next'],
      ['shape:further'],
      ['shape:far'],
    ]);
  });

  it('fills later batches up to the batch size and accounts for shape size and scale', () => {
    const far = Array.from({ length: 5 }, (_, n) => shape(`shape:f${n}`, 5000 + n * 10, 0));
    // Starts left of the margin, but its scaled width reaches into the viewport.
    const wide = shape('shape:wide', -2000, 0, 'page:page', { w: 1000, scale: 2 });
    const batches = planViewportFirstLoad(
      { ...plain, ...recordsOf(wide, ...far) },
      { viewport, margin: 0, batchSize: 2 },
    );
    expect(batches.map((batch) => batch.length)).toEqual([3, 2, 2, 1]);
    expect(batches[0]).toContain('shape:wide');
  });

  it('keeps a tree of shapes together: a child loads with its top-level parent', () => {
    const frame = shape('shape:frame', 8000, 8000);
    // Relative to the frame, the child's coordinates would be "in view": it must not load alone.
    const child = shape('shape:child', 10, 10, 'shape:frame');
    const grandchild = shape('shape:grandchild', 0, 0, 'shape:child');
    const batches = planViewportFirstLoad(
      { ...plain, ...recordsOf(grandchild, child, frame) },
      { viewport, batchSize: 10 },
    );
    expect(batches).toHaveLength(2);
    expect([...(batches[1] ?? [])].sort()).toEqual([
      'shape:child',
      'shape:frame',
      'shape:grandchild',
    ]);
  });

  it('loads a binding with the later of its shapes, and last when a shape is missing', () => {
    const records = {
      ...plain,
      ...recordsOf(
        shape('shape:near', 0, 0),
        shape('shape:mid', 3000, 0),
        shape('shape:far', 6000, 0),
        binding('binding:near-mid', 'shape:near', 'shape:mid'),
        binding('binding:near-near', 'shape:near', 'shape:near'),
        binding('binding:dangling', 'shape:near', 'shape:gone'),
      ),
    };
    const batches = planViewportFirstLoad(records, { viewport, batchSize: 1 });
    expect(batches[0]).toContain('binding:near-near');
    expect(batches[1]).toEqual(['shape:mid', 'binding:near-mid']);
    expect(batches[2]).toEqual(['shape:far', 'binding:dangling']);
  });

  it('treats unreadable shapes as plain records and plans every record exactly once', () => {
    const records = {
      ...plain,
      'shape:broken': { id: 'shape:broken', typeName: 'shape', x: 'left' },
      'shape:cycle-a': shape('shape:cycle-a', 7000, 0, 'shape:cycle-b'),
      'shape:cycle-b': shape('shape:cycle-b', 7000, 0, 'shape:cycle-a'),
      ...recordsOf(...Array.from({ length: 20 }, (_, n) => shape(`shape:${n}`, n * 700, 0))),
    };
    const batches = planViewportFirstLoad(records, { viewport, batchSize: 3 });
    expect(batches[0]).toContain('shape:broken');
    expect(batches.flat().sort()).toEqual(Object.keys(records).sort());
    expect(planViewportFirstLoad(records, { viewport, batchSize: 3 })).toEqual(batches);
  });
});
