import { describe, expect, it } from 'vitest';
import { createTestBoard } from '../../test/createTestBoard.js';
import { expectRefused } from '../../test/expectRefused.js';
import { FACILITATION_LIMITS } from './facilitationSchema.js';
import { readFacilitation } from './readFacilitation.js';
import { startTimer, stopTimer } from './timerOperations.js';

const ada = { id: 'ada', name: 'Ada' };

describe('startTimer and stopTimer', () => {
  it('stores the end time on the env clock, replaces a running timer, and stops', () => {
    const { doc, ctx } = createTestBoard(1, { kind: 'canvas', title: 'Workshop' });
    const before = ctx.env.now();
    const timer = startTimer(doc, 300, ada, ctx);
    expect(timer).toEqual({ endsAt: before + 1 + 300_000, durationMs: 300_000, startedBy: ada });
    expect(readFacilitation(doc).timer).toEqual(timer);
    const replaced = startTimer(doc, FACILITATION_LIMITS.minTimerSeconds, ada, ctx);
    expect(readFacilitation(doc).timer).toEqual(replaced);
    stopTimer(doc, ctx);
    expect(readFacilitation(doc).timer).toBeNull();
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    stopTimer(doc, ctx);
    expect(transactions).toBe(0);
  });

  it('refuses durations out of bounds or not whole seconds', () => {
    const { doc, ctx } = createTestBoard(1, { kind: 'canvas', title: 'Workshop' });
    const { minTimerSeconds, maxTimerSeconds } = FACILITATION_LIMITS;
    for (const seconds of [
      minTimerSeconds - 1,
      maxTimerSeconds + 1,
      60.5,
      Number.NaN,
      Infinity,
      '60' as never,
    ]) {
      expectRefused(doc, 'invalid', () => startTimer(doc, seconds, ada, ctx));
    }
    startTimer(doc, maxTimerSeconds, ada, ctx);
    const roadmap = createTestBoard(2);
    expectRefused(roadmap.doc, 'not-found', () => startTimer(roadmap.doc, 60, ada, roadmap.ctx));
  });
});
