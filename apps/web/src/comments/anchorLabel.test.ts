import type { BoardView } from '@cairn/model';
import { describe, expect, it } from 'vitest';
import { anchorLabel } from './anchorLabel';

// Only the fields anchorLabel reads; a real view has many more.
const roadmap = {
  kind: 'roadmap',
  items: [
    { id: 'i1', title: 'Usage-based billing' },
    { id: 'i2', title: '  ' },
  ],
  releases: [{ id: 'r1', name: 'v2.0' }],
} as unknown as BoardView;

describe('anchorLabel', () => {
  it('names the board, items, releases and untitled items', () => {
    expect(anchorLabel(null, roadmap, null)).toEqual({ text: 'the board', gone: false });
    expect(anchorLabel({ type: 'item', id: 'i1' }, roadmap, null).text).toBe('Usage-based billing');
    expect(anchorLabel({ type: 'item', id: 'r1' }, roadmap, null).text).toBe('v2.0');
    expect(anchorLabel({ type: 'item', id: 'i2' }, roadmap, null).text).toBe('Untitled item');
  });

  it('says when the anchored part is gone', () => {
    expect(anchorLabel({ type: 'item', id: 'nope' }, roadmap, null)).toEqual({
      text: 'deleted item',
      gone: true,
    });
    expect(anchorLabel({ type: 'shape', id: 'shape:x' }, roadmap, () => null).gone).toBe(true);
  });

  it('names shapes through the whiteboard, or generically before it is mounted', () => {
    expect(anchorLabel({ type: 'shape', id: 'shape:x' }, roadmap, () => 'Idea').text).toBe('Idea');
    expect(anchorLabel({ type: 'shape', id: 'shape:x' }, roadmap, null).text).toBe('a shape');
    expect(anchorLabel({ type: 'shape', id: 'shape:x' }, roadmap, () => undefined).text).toBe(
      'a shape',
    );
  });
});
