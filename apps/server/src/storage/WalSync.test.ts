import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { LogFile, WalSync } from './WalSync.js';

const quiet = pino({ level: 'silent' });

/** An fsync the test completes (or fails) one call at a time. */
function controlledFsync() {
  const calls: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const fsync = () => new Promise<void>((resolve, reject) => calls.push({ resolve, reject }));
  return { calls, fsync };
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('WalSync', () => {
  it('starts a flush for every caller at once, so none waits for one that began too early', async () => {
    const { calls, fsync } = controlledFsync();
    const sync = new WalSync(fsync, quiet);
    const done: string[] = [];
    void sync.synced().then(() => done.push('first'));
    void sync.synced().then(() => done.push('second'));
    expect(calls).toHaveLength(2);
    calls[1]?.resolve();
    await settle();
    expect(done).toEqual(['second']);
    calls[0]?.resolve();
    await settle();
    expect(done).toEqual(['second', 'first']);
  });

  it('keeps callers waiting through a failed flush until one succeeds', async () => {
    const { calls, fsync } = controlledFsync();
    const sync = new WalSync(fsync, quiet);
    let synced = false;
    void sync.synced().then(() => (synced = true));
    await settle();
    calls[0]?.reject(new Error('EIO'));
    await expect.poll(() => calls.length).toBe(2);
    expect(synced).toBe(false);
    calls[1]?.resolve();
    await expect.poll(() => synced).toBe(true);
  });

  it('flushes a real log by path, and takes no log for nothing to flush', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cairn-walsync-'));
    try {
      const path = join(dir, 'log');
      writeFileSync(path, 'frames');
      const log = new LogFile(path);
      await expect(new WalSync(() => log.flush(), quiet).synced()).resolves.toBeUndefined();
      await log.close();
      await expect(new LogFile(join(dir, 'missing')).flush()).resolves.toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
