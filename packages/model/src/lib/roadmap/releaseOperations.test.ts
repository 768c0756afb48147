import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { at, itemOf } from '../../test/boardQueries.js';
import { createTestBoard, createTestReplicas } from '../../test/createTestBoard.js';
import { expectRefused } from '../../test/expectRefused.js';
import { addItem } from './addItem.js';
import { readRoadmap } from './readRoadmap.js';
import { addRelease, deleteRelease, updateRelease } from './releaseOperations.js';
import { RELEASE_FIELDS, RELEASES, ROADMAP_LIMITS, type ReleaseType } from './roadmapSchema.js';
import { updateItem } from './updateItem.js';

describe('releases', () => {
  it('adds milestones and releases in list order, a release by default', () => {
    const { doc, ctx } = createTestBoard();
    const beta = addRelease(doc, { name: ' Beta ', date: '2026-05-01', type: 'milestone' }, ctx);
    const ga = addRelease(doc, { name: 'GA', date: '2026-06-30' }, ctx);
    const alpha = addRelease(doc, { name: 'Alpha', date: '2026-04-01', index: 0 }, ctx);
    expect(
      readRoadmap(doc).releases.map(({ id, name, date, type }) => ({ id, name, date, type })),
    ).toEqual([
      { id: alpha, name: 'Alpha', date: '2026-04-01', type: 'release' },
      { id: beta, name: 'Beta', date: '2026-05-01', type: 'milestone' },
      { id: ga, name: 'GA', date: '2026-06-30', type: 'release' },
    ]);
  });

  it('changes name, date, type and position', () => {
    const { doc, ctx } = createTestBoard();
    const first = addRelease(doc, { name: 'One', date: '2026-05-01' }, ctx);
    const second = addRelease(doc, { name: 'Two', date: '2026-06-01' }, ctx);
    updateRelease(
      doc,
      second,
      { name: 'Launch', date: '2026-07-01', type: 'milestone', index: 0 },
      ctx,
    );
    expect(
      readRoadmap(doc).releases.map((release) => [release.id, release.name, release.type]),
    ).toEqual([
      [second, 'Launch', 'milestone'],
      [first, 'One', 'release'],
    ]);
  });

  it.each([
    ['a blank name', { name: ' ', date: '2026-05-01' }],
    [
      'a name over the limit',
      { name: 'x'.repeat(ROADMAP_LIMITS.releaseNameLength + 1), date: '2026-05-01' },
    ],
    ['a missing date', { name: 'v1' } as { name: string; date: string }],
    ['a date that does not exist', { name: 'v1', date: '2026-13-01' }],
    ['an unknown type', { name: 'v1', date: '2026-05-01', type: 'launch' as ReleaseType }],
    ['a negative index', { name: 'v1', date: '2026-05-01', index: -1 }],
  ])('refuses %s', (_, input) => {
    const { doc, ctx } = createTestBoard();
    expectRefused(doc, 'invalid', () => addRelease(doc, input, ctx));
  });

  it('refuses more releases than a board may have', () => {
    const { doc, ctx } = createTestBoard();
    for (let i = 0; i < ROADMAP_LIMITS.releasesPerBoard; i++) {
      addRelease(doc, { name: `r${i}`, date: '2026-05-01' }, ctx);
    }
    expectRefused(doc, 'invalid', () =>
      addRelease(doc, { name: 'one more', date: '2026-05-01' }, ctx),
    );
  });

  it('refuses to change or delete an unknown release, and bad changes', () => {
    const { doc, ctx } = createTestBoard();
    const id = addRelease(doc, { name: 'v1', date: '2026-05-01' }, ctx);
    expectRefused(doc, 'not-found', () => updateRelease(doc, 'nope', { name: 'x' }, ctx));
    expectRefused(doc, 'not-found', () => deleteRelease(doc, 'nope', ctx));
    expectRefused(doc, 'invalid', () => updateRelease(doc, id, { date: 'soon' }, ctx));
    expectRefused(doc, 'invalid', () => updateRelease(doc, id, { name: '' }, ctx));
  });

  it('reads an item of a deleted release as in no release', () => {
    const { doc, ctx } = createTestBoard();
    const release = addRelease(doc, { name: 'v1', date: '2026-05-01' }, ctx);
    const id = addItem(doc, { title: 'a', releaseId: release }, ctx);
    deleteRelease(doc, release, ctx);
    expect(readRoadmap(doc).releases).toEqual([]);
    expect(itemOf(readRoadmap(doc), id).releaseId).toBeNull();
  });

  it('converges when one person deletes a release another assigns an item to', () => {
    const { network, replicas, contexts } = createTestReplicas(2, 31);
    const [alice, bob] = [at(replicas, 0), at(replicas, 1)];
    const release = addRelease(alice, { name: 'v1', date: '2026-05-01' }, at(contexts, 0));
    const id = addItem(alice, { title: 'a' }, at(contexts, 0));
    network.deliverAll();
    deleteRelease(alice, release, at(contexts, 0));
    updateItem(bob, id, { releaseId: release }, at(contexts, 1));
    network.deliverAll();
    expect(readRoadmap(alice)).toEqual(readRoadmap(bob));
    expect(itemOf(readRoadmap(alice), id).releaseId).toBeNull();
  });

  it('reads foreign release values without throwing', () => {
    const { doc } = createTestBoard();
    doc.transact(() => {
      const releases = doc.getMap<unknown>(RELEASES);
      const release = new Y.Map<unknown>();
      release.set(RELEASE_FIELDS.name, 7);
      release.set(RELEASE_FIELDS.date, 'tomorrow');
      release.set(RELEASE_FIELDS.type, 'party');
      releases.set('foreign', release);
      releases.set('not-a-map', 'x');
    });
    expect(readRoadmap(doc).releases).toEqual([
      { id: 'foreign', name: '', date: null, type: 'release', order: '' },
    ]);
  });

  it('reads a board whose releases root is another shared type as having none, and refuses to add', () => {
    const { doc, ctx } = createTestBoard();
    doc.getArray(RELEASES).push(['x']);
    expect(readRoadmap(doc).releases).toEqual([]);
    expectRefused(doc, 'conflict', () => addRelease(doc, { name: 'v1', date: '2026-05-01' }, ctx));
    const id = addItem(doc, { title: 'a' }, ctx);
    expectRefused(doc, 'not-found', () => updateItem(doc, id, { releaseId: 'anything' }, ctx));
  });
});
