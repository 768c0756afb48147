import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

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
const varBytes = (bytes: Uint8Array) => [...varUint(bytes.length), ...bytes];
const varString = (value: string) => varBytes(text.encode(value));

/** Real servers with a 16 KiB document limit; each test stops its own. */
let server: TestServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function boardServer(): Promise<{ server: TestServer; token: string; boardId: string }> {
  server = await startTestServer({ variables: { CAIRN_MAX_DOCUMENT_BYTES: String(16 * 1024) } });
  const token = server.token('editor');
  const created = await fetch(`${server.url}/api/boards`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Small', kind: 'roadmap' }),
  });
  const { id } = (await created.json()) as { id: string };
  return { server, token, boardId: id };
}

describe('the document size limit', () => {
  it('refuses a socket update past the limit and closes that socket with the reason', async () => {
    const { server, token, boardId } = await boardServer();
    const socket = new WebSocket(server.wsUrl);
    await new Promise((resolve) => socket.once('open', resolve));
    const authenticated = new Promise((resolve) => socket.once('message', resolve));
    socket.send(Uint8Array.from([...varString(boardId), 2, 0, ...varString(token)]));
    await authenticated;
    const big = new Y.Doc();
    big.getMap('big').set('text', 'x'.repeat(20_000));
    const closed = new Promise<[number, string]>((resolve) =>
      socket.once('close', (code, reason) => resolve([code, reason.toString()])),
    );
    socket.send(
      Uint8Array.from([...varString(boardId), 0, 2, ...varBytes(Y.encodeStateAsUpdate(big))]),
    );
    expect(await closed).toEqual([4413, 'document-too-large']);
    expect(server.server.hocuspocus.documents.get(boardId)?.share.has('big') ?? false).toBe(false);
  });

  it('answers REST writes to a full board with 413 and the reason', async () => {
    const { server, token, boardId } = await boardServer();
    let status = 0;
    let error = '';
    for (let index = 0; index < 500 && status !== 413; index++) {
      const response = await fetch(`${server.url}/api/boards/${boardId}/items`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ title: `Item ${index} ${'y'.repeat(150)}` }),
      });
      status = response.status;
      error = ((await response.json()) as { error?: string }).error ?? '';
    }
    expect(status).toBe(413);
    expect(error).toBe('The board has reached its size limit of 16384 bytes.');
  });
});
