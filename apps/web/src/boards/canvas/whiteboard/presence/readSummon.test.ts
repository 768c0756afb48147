import { describe, expect, it } from 'vitest';
import { readSummon, SUMMON_REQUEST } from './readSummon';

describe('readSummon', () => {
  it('reads the summon the server relays, with the sender it identified', () => {
    const payload = JSON.stringify({ type: 'summon', by: { id: 'ada', name: 'Ada' } });
    expect(readSummon(payload)).toEqual({ by: { id: 'ada', name: 'Ada' } });
  });

  it.each([
    ['bad JSON', '{'],
    ['JSON that is not an object', '"summon"'],
    ['null', 'null'],
    ['another kind of message', JSON.stringify({ type: 'timer', by: { id: 'a', name: 'A' } })],
    ['the request itself (no sender)', SUMMON_REQUEST],
    ['a sender without a name', JSON.stringify({ type: 'summon', by: { id: 'a' } })],
    ['a sender id that is not text', JSON.stringify({ type: 'summon', by: { id: 1, name: 'A' } })],
  ])('ignores %s', (_, payload) => {
    expect(readSummon(payload)).toBeNull();
  });
});
