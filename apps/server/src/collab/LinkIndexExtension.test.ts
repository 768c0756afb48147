import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Document,
  type afterLoadDocumentPayload,
  type beforeUnloadDocumentPayload,
  type onChangePayload,
  type onConfigurePayload,
} from '@hocuspocus/server';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
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

function openStorage() {
  const dir = mkdtempSync(join(tmpdir(), 'cairn-link-ext-'));
  const db = openDatabase(dir, 'normal');
  opened.push({ db, dir });
  return { db, log: new UpdateLog(db, () => 0) };
}

/** Board R as a loaded document with one item titled `title`. */
function loadedBoard(title: string): Document {
  const document = new Document('R');
  const item = new Y.Map<unknown>();
  document.getMap<unknown>('items').set('item', item);
  item.set('title', title);
  return document;
}

describe('LinkIndexExtension', () => {
  it('re-indexes a board at its first load in a process, not when it reloads unchanged', async () => {
    const { db, log } = openStorage();
    new BoardIndex(db).add({ id: 'R', kind: 'roadmap', title: 'R', createdAt: 0, updatedAt: 0 });
    const index = new LinkIndex(db);
    const replace = vi.spyOn(index, 'replace');
    const silent = pino({ level: 'silent' });
    const load = async (extension: LinkIndexExtension, title: string) => {
      const document = loadedBoard(title);
      await extension.afterLoadDocument({
        document,
        documentName: 'R',
      } as afterLoadDocumentPayload);
      return document;
    };
    const unload = async (extension: LinkIndexExtension, document: Document) => {
      await extension.beforeUnloadDocument({ documentName: 'R' } as beforeUnloadDocumentPayload);
      document.destroy();
    };

    const extension = new LinkIndexExtension(index, log, () => 5, silent);
    await unload(extension, await load(extension, 'Billing'));
    expect(replace).toHaveBeenCalledTimes(1);
    const reloaded = await load(extension, 'Billing');
    extension.flush();
    expect(replace).toHaveBeenCalledTimes(1);

    // An edit after the reload is indexed as ever.
    (reloaded.getMap<unknown>('items').get('item') as Y.Map<unknown>).set('title', 'Invoices');
    await extension.onChange({ document: reloaded, documentName: 'R' } as onChangePayload);
    await unload(extension, reloaded);
    expect(index.entriesOf('R')).toEqual([
      { collection: 'items', id: 'item', title: 'Invoices', type: '' },
    ]);

    // A new process (after a crash, say) re-indexes at the first load again.
    const restarted = new LinkIndexExtension(index, log, () => 6, silent);
    const calls = replace.mock.calls.length;
    await load(restarted, 'Invoices');
    restarted.flush();
    expect(replace).toHaveBeenCalledTimes(calls + 1);
  });

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
