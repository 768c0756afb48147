import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { guardedLookup, postWebhook } from './postWebhook.js';

/** What `guardedLookup` answers for a host name, as net.connect would ask it. */
function lookUp(hostname: string): Promise<{ error: NodeJS.ErrnoException | null }> {
  return new Promise((resolve) => {
    guardedLookup(hostname, { all: true }, (error) => resolve({ error }));
  });
}

describe('guardedLookup', () => {
  it('refuses a host name that resolves to this machine', async () => {
    const { error } = await lookUp('localhost');
    expect(error?.message).toMatch(/private address/);
  });
});

describe('postWebhook', () => {
  it('posts the body with its headers and reports the status', async () => {
    let received = '';
    const receiver = createServer((request, response) => {
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (received += chunk));
      request.on('end', () => response.writeHead(202).end('ok'));
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const { port } = receiver.address() as AddressInfo;
    try {
      const outcome = await postWebhook({
        url: `http://127.0.0.1:${port}/hook`,
        headers: { 'Content-Type': 'application/json' },
        body: '{"a":"é"}',
        timeoutMs: 5_000,
        allowPrivate: true,
      });
      expect(outcome).toEqual({ ok: true, status: 202 });
      expect(received).toBe('{"a":"é"}');
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
    }
  });

  it('refuses private destinations unless allowed, without connecting', async () => {
    const outcome = await postWebhook({
      url: 'http://127.0.0.1:9/hook',
      headers: {},
      body: '{}',
      timeoutMs: 1_000,
      allowPrivate: false,
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.status).toBeNull();
    expect(outcome.error).toMatch(/private/);
  });

  it('gives up on a receiver that does not answer in time', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      const outcome = await postWebhook({
        url: `http://127.0.0.1:${port}/hook`,
        headers: {},
        body: '{}',
        timeoutMs: 200,
        allowPrivate: true,
      });
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.status).toBeNull();
      expect(outcome.error).toMatch(/0.2 s/);
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
