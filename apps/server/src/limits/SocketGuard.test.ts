import { describe, expect, it } from 'vitest';
import type { DocumentSizeLimit } from './DocumentSizeLimit.js';
import { SocketGuard } from './SocketGuard.js';

const text = new TextEncoder();
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
const varBytes = (bytes: number[] | Uint8Array) => [...varUint(bytes.length), ...bytes];
const varString = (value: string) => varBytes(text.encode(value));

const BOARD = 'board_00001';

function awareness(clientIds: number[]): Uint8Array {
  const update = [...varUint(clientIds.length)];
  for (const id of clientIds) update.push(...varUint(id), 1, ...varString('{"cursor":1}'));
  return Uint8Array.from([...varString(BOARD), 1, ...varBytes(update)]);
}

function guard(now: () => number) {
  return new SocketGuard(
    { messagesPerSecond: 10, messageBurst: 20, awarenessPerSecond: 5, awarenessBurst: 10 },
    {} as DocumentSizeLimit,
    () => undefined,
    () => null,
    now,
  );
}

describe('SocketGuard', () => {
  it('closes a socket over its message rate, after its burst', () => {
    let now = 0;
    const socket = guard(() => now);
    const query = Uint8Array.from([...varString(BOARD), 3]);
    for (let index = 0; index < 20; index++) expect(socket.inspect(query)).toBe('forward');
    expect(socket.inspect(query)).toMatchObject({ code: 4429, reason: 'rate-limited' });
    now += 1_000;
    expect(socket.inspect(query)).toBe('forward');
  });

  it('counts awareness by states and closes a socket over its awareness rate', () => {
    const socket = guard(() => 0);
    expect(socket.inspect(awareness([7]))).toBe('forward');
    expect(socket.inspect(awareness([7, 8, 9, 10, 11, 12, 13, 14, 15, 16]))).toMatchObject({
      reason: 'rate-limited',
    });
  });

  it('drops awareness frames for any id but the provider’s first', () => {
    const socket = guard(() => 0);
    expect(socket.inspect(awareness([7]))).toBe('forward');
    expect(socket.inspect(awareness([8]))).toBe('drop');
    expect(socket.inspect(awareness([7]))).toBe('forward');
  });

  it('closes a socket that sends a malformed frame, and drops pongs', () => {
    const socket = guard(() => 0);
    expect(socket.inspect(Uint8Array.of(10))).toBe('drop');
    expect(socket.inspect(Uint8Array.from([...varString(BOARD), 6]))).toMatchObject({
      code: 4400,
      reason: 'malformed-message',
    });
  });
});
