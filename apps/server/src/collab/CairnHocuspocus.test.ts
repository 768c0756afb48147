import { describe, expect, it } from 'vitest';
import type { Extension, onAwarenessUpdatePayload } from '@hocuspocus/server';
import { CairnHocuspocus } from './CairnHocuspocus.js';
import { dropAwarenessUpdateHook } from './dropAwarenessUpdateHook.js';

describe('CairnHocuspocus', () => {
  it('ignores a late unload of a destroyed instance instead of orphaning the live one', async () => {
    const hocuspocus = new CairnHocuspocus({ quiet: true, debounce: 0 });
    const first = await hocuspocus.openDirectConnection('board-name-1');
    const stale = first.document;
    await first.disconnect();
    expect(stale?.isDestroyed).toBe(true);

    const second = await hocuspocus.openDirectConnection('board-name-1');
    const live = second.document;
    if (!stale || !live) throw new Error('direct connections without documents');
    await hocuspocus.unloadDocument(stale);

    expect(hocuspocus.documents.get('board-name-1')).toBe(live);
    expect(live.isDestroyed).toBe(false);
    await second.disconnect();
    expect(hocuspocus.getDocumentsCount()).toBe(0);
  });

  it('keeps Hocuspocus’s presence hook for an extension that has one (Redis), and only then', async () => {
    const heard: number[] = [];
    const listening: Extension = {
      extensionName: 'listening',
      async onAwarenessUpdate({ states }: onAwarenessUpdatePayload) {
        heard.push(states.length);
      },
    };
    const hooked = new CairnHocuspocus({ quiet: true, extensions: [listening] });
    const plain = new CairnHocuspocus({ quiet: true });
    const withHook = await hooked.openDirectConnection('board-name-2');
    const without = await plain.openDirectConnection('board-name-2');
    if (!withHook.document || !without.document) throw new Error('no documents');

    withHook.document.awareness.setLocalState({ cursor: 1 });
    await new Promise(setImmediate); // the hook chain runs in promise jobs
    expect(heard).toEqual([1]);
    // The listener is found by its source: this fails if a Hocuspocus release changes it.
    expect(dropAwarenessUpdateHook(withHook.document.awareness)).toBe(true);
    // Already dropped at load, while presence still reaches Hocuspocus's own broadcast.
    expect(dropAwarenessUpdateHook(without.document.awareness)).toBe(false);
    const changed: number[][] = [];
    without.document.awareness.on('update', ({ added }: { added: number[] }) =>
      changed.push(added),
    );
    without.document.awareness.setLocalState({ cursor: 2 });
    expect(changed).toEqual([[without.document.awareness.clientID]]);
    await withHook.disconnect();
    await without.disconnect();
  });
});
