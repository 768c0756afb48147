import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { onConfigurePayload } from '@hocuspocus/server';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardIndex } from '../storage/BoardIndex.js';
import type { Db } from '../storage/Db.js';
import { LinkIndex } from '../storage/LinkIndex.js';
import { openDatabase } from '../storage/openDatabase.js';
import { UpdateLog } from '../storage/UpdateLog.js';
import { LinkIndexExtension } from './LinkIndexExtension.js';

const opened: { db: Db; dir: string }[] = [];
afterEach(() => {
  for (const { db, dir } of opened.splice(0)) {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('LinkIndexExtension', () => {
  it('indexes boards stored before the index existed, from storage, at start-up', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cairn-link-ext-'));
    const db = openDatabase(dir, 'normal');
    opened.push({ db, dir });
    const log = new UpdateLog(db, () => 0);
    new BoardIndex(db).add({ id: 'R', kind: 'roadmap', title: 'R', createdAt: 0, updatedAt: 0 });
    const doc = new Y.Doc();
    doc.on('update', (update: Uint8Array) => log.append('R', update));
    doc.transact(() => {
      const item = new Y.Map<unknown>();
      doc.getMap<unknown>('items').set('item', item);
      item.set('title', 'Billing');
      const links = new Y.Map<unknown>();
      item.set('links', links);
      links.set('P/p', { boardId: 'P', itemId: 'p' });
    });

    const index = new LinkIndex(db);
    const extension = new LinkIndexExtension(index, log, () => 5, pino({ level: 'silent' }));
    expect(index.unindexedBoards()).toEqual(['R']);
    await extension.onConfigure({} as onConfigurePayload);
    expect(index.unindexedBoards()).toEqual([]);
    expect(index.entriesOf('R')).toEqual([
      { collection: 'items', id: 'item', title: 'Billing', type: '' },
    ]);
    expect(index.incoming('P')).toEqual([
      {
        fromBoard: 'R',
        fromCollection: 'items',
        fromId: 'item',
        to: { boardId: 'P', itemId: 'p' },
      },
    ]);
  });
});
