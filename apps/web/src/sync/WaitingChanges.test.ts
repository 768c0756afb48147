import { describe, expect, it } from 'vitest';
import { WaitingChanges } from './WaitingChanges';

/** A cache whose commits the test completes (or fails) one at a time. */
function controlledCache() {
  const commits: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const stored = (): Promise<void> =>
    new Promise<void>((resolve, reject) => commits.push({ resolve, reject }));
  const settled = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));
  return { commits, stored, settled };
}

describe('WaitingChanges', () => {
  it('counts an edit only once the cache has committed it', async () => {
    const cache = controlledCache();
    let changes = 0;
    const waiting = new WaitingChanges(cache.stored, () => (changes += 1));
    waiting.edited();
    expect(waiting.count).toBe(0);
    cache.commits[0]?.resolve();
    await cache.settled();
    expect(waiting.count).toBe(1);
    expect(changes).toBe(1);
  });

  it('confirms edits made during a commit with the next one, one commit at a time', async () => {
    const cache = controlledCache();
    const waiting = new WaitingChanges(cache.stored, () => undefined);
    waiting.edited();
    waiting.edited();
    waiting.edited();
    expect(cache.commits).toHaveLength(1);
    cache.commits[0]?.resolve();
    await cache.settled();
    // The first commit covered the edit it was asked for; the two made meanwhile need another.
    expect(waiting.count).toBe(1);
    expect(cache.commits).toHaveLength(2);
    cache.commits[1]?.resolve();
    await cache.settled();
    expect(waiting.count).toBe(3);
  });

  it('counts edits the browser could not keep: they still wait in the tab', async () => {
    const cache = controlledCache();
    const waiting = new WaitingChanges(cache.stored, () => undefined);
    waiting.edited();
    cache.commits[0]?.reject(new Error('QuotaExceededError'));
    await cache.settled();
    expect(waiting.count).toBe(1);
  });

  it('forgets edits the server acknowledged, even when their commit is confirmed later', async () => {
    const cache = controlledCache();
    const waiting = new WaitingChanges(cache.stored, () => undefined);
    waiting.edited();
    waiting.clear();
    cache.commits[0]?.resolve();
    await cache.settled();
    expect(waiting.count).toBe(0);
    waiting.edited();
    cache.commits[1]?.resolve();
    await cache.settled();
    expect(waiting.count).toBe(1);
  });

  it('tells no one after it stops', async () => {
    const cache = controlledCache();
    let changes = 0;
    const waiting = new WaitingChanges(cache.stored, () => (changes += 1));
    waiting.edited();
    waiting.stop();
    cache.commits[0]?.resolve();
    await cache.settled();
    expect(changes).toBe(0);
  });
});
