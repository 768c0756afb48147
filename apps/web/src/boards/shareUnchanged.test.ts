import {
  addItem,
  initBoard,
  moveItem,
  readRoadmap,
  updateItem,
  type OperationContext,
} from '@cairn/model';
import { createSeededEnv, seededRandom } from '@cairn/model/testing';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { shareUnchanged } from './shareUnchanged';

function roadmapOf(items: number) {
  const doc = new Y.Doc();
  const ctx: OperationContext = {
    origin: { kind: 'local-user', userId: 'person' },
    env: createSeededEnv(7),
  };
  initBoard(doc, { kind: 'roadmap', title: 'Plan', lanes: ['Growth', 'Core'] }, ctx);
  const ids = Array.from({ length: items }, (_, index) =>
    addItem(doc, { title: `Item ${index}`, tags: ['q3'] }, ctx),
  );
  return { doc, ctx, ids };
}

describe('shareUnchanged', () => {
  it('keeps the identity of every item a move did not touch, and reads the moved one anew', () => {
    const { doc, ctx, ids } = roadmapOf(20);
    const before = readRoadmap(doc);
    const moved = ids[3] ?? '';
    const laterHorizon = before.horizons[2]?.id ?? '';
    moveItem(doc, moved, { lane: before.lanes[1]?.id ?? '', horizon: laterHorizon }, ctx);
    const after = readRoadmap(doc);

    const shared = shareUnchanged(before, after);

    expect(shared).toEqual(after);
    expect(shared).not.toBe(before);
    expect(shared.lanes).toBe(before.lanes);
    expect(shared.horizons).toBe(before.horizons);
    for (const item of shared.items) {
      const previous = before.items.find((candidate) => candidate.id === item.id);
      if (item.id === moved) expect(item).not.toBe(previous);
      else expect(item).toBe(previous);
    }
    // Inside the moved item, the parts that did not change are still the old ones.
    const movedBefore = before.items.find((item) => item.id === moved);
    expect(shared.items.find((item) => item.id === moved)?.tags).toBe(movedBefore?.tags);
  });

  it('returns the previous view itself when a read finds nothing changed', () => {
    const { doc } = roadmapOf(5);
    const before = readRoadmap(doc);
    expect(shareUnchanged(before, readRoadmap(doc))).toBe(before);
  });

  it('equals the new value whatever changed (seeded edits on a roadmap)', () => {
    const { doc, ctx, ids } = roadmapOf(30);
    const random = seededRandom(11);
    const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
    let view = readRoadmap(doc);
    for (let step = 0; step < 200; step++) {
      const id = pick(ids);
      const roll = random();
      if (roll < 0.4) {
        moveItem(doc, id, { lane: pick(view.lanes).id, horizon: pick(view.horizons).id }, ctx);
      } else if (roll < 0.7) {
        updateItem(doc, id, { title: `Renamed ${step}` }, ctx);
      } else {
        updateItem(doc, id, { tags: random() < 0.5 ? [] : ['q3', `t${step % 3}`] }, ctx);
      }
      const next = readRoadmap(doc);
      const shared = shareUnchanged(view, next);
      expect(shared).toEqual(next);
      view = shared;
    }
  });

  it('matches values that are not plain data by identity only', () => {
    const date = new Date(0);
    const sameTime = new Date(0);
    expect(shareUnchanged({ at: date }, { at: sameTime }).at).toBe(sameTime);
    expect(shareUnchanged([1, 'a', null], [1, 'a', null])).toEqual([1, 'a', null]);
    const previous = { list: [{ id: 'a', n: 1 }], gone: true };
    const next = { list: [{ id: 'a', n: 1 }] } as typeof previous;
    const shared = shareUnchanged(previous, next);
    expect(shared).toEqual(next);
    expect(shared.list).toBe(previous.list);
  });
});
