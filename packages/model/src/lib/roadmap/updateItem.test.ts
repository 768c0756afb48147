import { describe, expect, it } from 'vitest';
import { at, itemOf } from '../../test/boardQueries.js';
import { createTestBoard, createTestReplicas } from '../../test/createTestBoard.js';
import { expectRefused } from '../../test/expectRefused.js';
import { addItem } from './addItem.js';
import { readRoadmap } from './readRoadmap.js';
import { LIMITS } from '../core/schema.js';
import { updateItem } from './updateItem.js';

describe('updateItem', () => {
  it('changes only the fields in the patch and bumps updatedAt', () => {
    const { doc, ctx } = createTestBoard();
    const id = addItem(
      doc,
      { title: 'Billing', description: 'Invoices', owner: 'Ada', tags: ['q3'] },
      ctx,
    );
    const before = itemOf(readRoadmap(doc), id);
    updateItem(doc, id, { status: 'shipped', owner: ' Grace ' }, ctx);
    const after = itemOf(readRoadmap(doc), id);
    expect(after).toEqual({
      ...before,
      status: 'shipped',
      owner: 'Grace',
      updatedAt: after.updatedAt,
    });
    expect(after.updatedAt).toBeGreaterThan(before.updatedAt);
    expect(after.createdAt).toBe(before.createdAt);
  });

  it('lets description and owner be cleared but not the title', () => {
    const { doc, ctx } = createTestBoard();
    const id = addItem(doc, { title: 'Billing', description: 'Invoices', owner: 'Ada' }, ctx);
    updateItem(doc, id, { description: '', owner: '' }, ctx);
    expect(itemOf(readRoadmap(doc), id)).toMatchObject({ description: '', owner: '' });
    expectRefused(doc, 'invalid', () => updateItem(doc, id, { title: ' ' }, ctx));
    expectRefused(doc, 'invalid', () =>
      updateItem(doc, id, { title: 'x'.repeat(LIMITS.titleLength + 1) }, ctx),
    );
  });

  it('replaces the tag set', () => {
    const { doc, ctx } = createTestBoard();
    const id = addItem(doc, { title: 'Billing', tags: ['q3', 'payments'] }, ctx);
    updateItem(doc, id, { tags: ['payments', 'risk'] }, ctx);
    expect(itemOf(readRoadmap(doc), id).tags).toEqual(['payments', 'risk']);
    updateItem(doc, id, { tags: [] }, ctx);
    expect(itemOf(readRoadmap(doc), id).tags).toEqual([]);
  });

  it('keeps a tag another replica added concurrently', () => {
    const { network, replicas, contexts } = createTestReplicas(2, 11);
    const [alice, bob] = [at(replicas, 0), at(replicas, 1)];
    const id = addItem(alice, { title: 'Billing', tags: ['q3'] }, at(contexts, 0));
    network.deliverAll();

    updateItem(alice, id, { tags: ['q3', 'payments'] }, at(contexts, 0));
    updateItem(bob, id, { tags: ['q3', 'risk'] }, at(contexts, 1));
    network.deliverAll();

    for (const replica of replicas) {
      expect(itemOf(readRoadmap(replica), id).tags).toEqual(['payments', 'q3', 'risk']);
    }
  });

  it('drops a tag one replica removed while another added a different one', () => {
    const { network, replicas, contexts } = createTestReplicas(2, 12);
    const [alice, bob] = [at(replicas, 0), at(replicas, 1)];
    const id = addItem(alice, { title: 'Billing', tags: ['q3'] }, at(contexts, 0));
    network.deliverAll();

    updateItem(alice, id, { tags: [] }, at(contexts, 0));
    updateItem(bob, id, { tags: ['q3', 'risk'] }, at(contexts, 1));
    network.deliverAll();

    for (const replica of replicas) {
      expect(itemOf(readRoadmap(replica), id).tags).toEqual(['risk']);
    }
  });

  it('keeps both fields when two replicas change different fields at once', () => {
    const { network, replicas, contexts } = createTestReplicas(2, 13);
    const [alice, bob] = [at(replicas, 0), at(replicas, 1)];
    const id = addItem(alice, { title: 'Billing' }, at(contexts, 0));
    network.deliverAll();

    updateItem(alice, id, { title: 'Billing v2' }, at(contexts, 0));
    updateItem(bob, id, { status: 'shipped' }, at(contexts, 1));
    network.deliverAll();

    expect(readRoadmap(alice)).toEqual(readRoadmap(bob));
    expect(itemOf(readRoadmap(alice), id)).toMatchObject({
      title: 'Billing v2',
      status: 'shipped',
    });
  });

  it('refuses an unknown item', () => {
    const { doc, ctx } = createTestBoard();
    expectRefused(doc, 'not-found', () => updateItem(doc, 'no-such-item', { title: 'a' }, ctx));
  });
});
