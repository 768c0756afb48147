import { describe, expect, it } from 'vitest';
import { readFrame } from './readFrame.js';

const text = new TextEncoder();

/** lib0's variable-length encoding, enough to write test frames. */
function varUint(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  while (rest > 0x7f) {
    bytes.push(0x80 | (rest % 128));
    rest = Math.floor(rest / 128);
  }
  bytes.push(rest);
  return bytes;
}
const varBytes = (bytes: Uint8Array | number[]) => [...varUint(bytes.length), ...bytes];
const varString = (value: string) => varBytes(text.encode(value));

// Eleven characters: a frame cut to its first byte must not read as a pong (10).
const BOARD = 'board_00001';

function awareness(entries: [number, number, string][]): Uint8Array {
  const update = [...varUint(entries.length)];
  for (const [id, clock, json] of entries)
    update.push(...varUint(id), ...varUint(clock), ...varString(json));
  return Uint8Array.from([...varString(BOARD), 1, ...varBytes(update)]);
}

describe('readFrame', () => {
  it('reads sync frames and whether they carry an update', () => {
    const step1 = Uint8Array.from([...varString(BOARD), 0, 0, ...varBytes([0])]);
    const update = Uint8Array.from([
      ...varString(`${BOARD}\0session`),
      0,
      2,
      ...varBytes([1, 2, 3]),
    ]);
    expect(readFrame(step1)).toEqual({
      kind: 'sync',
      documentName: BOARD,
      address: BOARD,
      carriesUpdate: false,
      payloadBytes: 1,
    });
    expect(readFrame(update)).toMatchObject({
      kind: 'sync',
      documentName: BOARD,
      address: `${BOARD}\0session`,
      carriesUpdate: true,
      payloadBytes: 3,
    });
  });

  it('reads awareness entries, setting and removing', () => {
    expect(
      readFrame(
        awareness([
          [7, 1, '{"a":1}'],
          [8, 2, 'null'],
        ]),
      ),
    ).toEqual({
      kind: 'awareness',
      documentName: BOARD,
      address: BOARD,
      states: 2,
      setClientIds: [7],
      entries: [
        { clientId: 7, clock: 1, state: { a: 1 } },
        { clientId: 8, clock: 2, state: null },
      ],
    });
  });

  it('calls everything that does not parse malformed, and never throws', () => {
    const valid = Uint8Array.from([...varString(BOARD), 0, 2, ...varBytes([1, 2, 3])]);
    for (let length = 0; length < valid.length; length++) {
      expect(readFrame(valid.slice(0, length)).kind).toBe('malformed');
    }
    expect(readFrame(awareness([[7, 1, '{not json']])).kind).toBe('malformed');
    expect(readFrame(awareness([[7, 1, '42']])).kind).toBe('malformed');
    expect(readFrame(Uint8Array.from([...varString(BOARD), 6, ...varString('x')])).kind).toBe(
      'malformed',
    );
    expect(readFrame(Uint8Array.from([...varString(BOARD), 0, 9, 0])).kind).toBe('malformed');
    expect(
      readFrame(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])),
    ).toMatchObject({
      kind: 'malformed',
    });
  });

  it('knows a pong', () => {
    expect(readFrame(Uint8Array.of(10))).toEqual({ kind: 'pong' });
  });
});
