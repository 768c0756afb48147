import { describe, expect, it } from 'vitest';
import { isSyncStatus } from './CairnHocuspocus.js';

/** A frame for document `name` (its length as a lib0 varuint), then the message bytes. */
function frame(name: string, ...message: number[]): Uint8Array {
  const length = name.length < 128 ? [name.length] : [0x80 | (name.length % 128), name.length >> 7];
  return Uint8Array.from([...length, ...new TextEncoder().encode(name), ...message]);
}

describe('isSyncStatus', () => {
  it('recognises the acknowledgement and nothing else', () => {
    expect(isSyncStatus(frame('board', 8, 1))).toBe(true);
    expect(isSyncStatus(frame('x'.repeat(200), 8, 1))).toBe(true);
    expect(isSyncStatus(frame('board', 0, 2, 1, 0))).toBe(false);
    expect(isSyncStatus(frame('board', 1, 0))).toBe(false);
    expect(isSyncStatus(frame('x'.repeat(200), 0, 8))).toBe(false);
    expect(isSyncStatus(new Uint8Array(0))).toBe(false);
    expect(isSyncStatus('text')).toBe(false);
  });
});
