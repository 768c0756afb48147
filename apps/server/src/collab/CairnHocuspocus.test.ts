import { describe, expect, it } from 'vitest';
import { CairnHocuspocus } from './CairnHocuspocus.js';

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
});
