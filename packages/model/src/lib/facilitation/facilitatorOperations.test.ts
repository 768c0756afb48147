import { describe, expect, it } from 'vitest';
import { createTestBoard } from '../../test/createTestBoard.js';
import { expectRefused } from '../../test/expectRefused.js';
import { FACILITATION_LIMITS } from './facilitationSchema.js';
import { addFacilitator, removeFacilitator } from './facilitatorOperations.js';
import { isFacilitator, readFacilitation } from './readFacilitation.js';

const canvas = () => createTestBoard(1, { kind: 'canvas', title: 'Workshop' });

describe('addFacilitator and removeFacilitator', () => {
  it('adds people once, refreshes a name on a repeat, and removes them', () => {
    const { doc, ctx } = canvas();
    expect(readFacilitation(doc).facilitators).toEqual([]);
    addFacilitator(doc, { id: 'ada', name: ' Ada ' }, ctx);
    addFacilitator(doc, { id: 'bo', name: 'Bo' }, ctx);
    expect(addFacilitator(doc, { id: 'ada', name: 'Ada L.' }, ctx)).toEqual([
      { id: 'ada', name: 'Ada L.' },
      { id: 'bo', name: 'Bo' },
    ]);
    expect(isFacilitator(readFacilitation(doc), 'ada')).toBe(true);
    expect(removeFacilitator(doc, 'ada', ctx)).toEqual([{ id: 'bo', name: 'Bo' }]);
    expect(isFacilitator(readFacilitation(doc), 'ada')).toBe(false);
    expect(removeFacilitator(doc, 'bo', ctx)).toEqual([]);
  });

  it('refuses bad names, unknown people, a full list and boards that are not canvases', () => {
    const { doc, ctx } = canvas();
    for (const person of [
      { id: 'ada', name: '' },
      { id: 'ada', name: '  ' },
      { id: 'ada', name: 'x'.repeat(101) },
      { id: '', name: 'Ada' },
      { id: ' ada', name: 'Ada' },
      { id: 7, name: 'Ada' } as never,
      null as never,
    ]) {
      expectRefused(doc, 'invalid', () => addFacilitator(doc, person, ctx));
    }
    expectRefused(doc, 'not-found', () => removeFacilitator(doc, 'nobody', ctx));
    for (let i = 0; i < FACILITATION_LIMITS.maxFacilitators; i++) {
      addFacilitator(doc, { id: `person-${i}`, name: `Person ${i}` }, ctx);
    }
    expectRefused(doc, 'invalid', () => addFacilitator(doc, { id: 'one-more', name: 'X' }, ctx));
    addFacilitator(doc, { id: 'person-0', name: 'Renamed' }, ctx);

    const roadmap = createTestBoard(2);
    expectRefused(roadmap.doc, 'not-found', () =>
      addFacilitator(roadmap.doc, { id: 'ada', name: 'Ada' }, roadmap.ctx),
    );
  });

  it('writes in one transaction with the caller’s origin', () => {
    const { doc, ctx } = canvas();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction) => origins.push(transaction.origin));
    addFacilitator(doc, { id: 'ada', name: 'Ada' }, ctx);
    expect(origins).toEqual([ctx.origin]);
  });
});
