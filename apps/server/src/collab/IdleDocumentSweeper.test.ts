import type { Document, Hocuspocus } from '@hocuspocus/server';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { IdleDocumentSweeper } from './IdleDocumentSweeper.js';

/** Just enough of Hocuspocus: a document whose unload failed once stays in `documents`. */
function stubHocuspocus(connections: () => number) {
  const document = {
    name: 'board_0001',
    isLoading: false,
    getConnectionsCount: connections,
  } as unknown as Document;
  const unloaded: Document[] = [];
  const stored: string[] = [];
  const hocuspocus = {
    documents: new Map([[document.name, document]]),
    unloadingDocuments: new Map(),
    debouncer: {
      isDebounced: () => true,
      executeNow: (id: string) => stored.push(id),
    },
    unloadDocument: (doc: Document) => {
      unloaded.push(doc);
      return Promise.resolve();
    },
  } as unknown as Hocuspocus;
  return { hocuspocus, unloaded, stored };
}

describe('IdleDocumentSweeper', () => {
  it('unloads a document left without connections for a whole unload delay, storing it first', () => {
    let now = 0;
    const { hocuspocus, unloaded, stored } = stubHocuspocus(() => 0);
    const sweeper = new IdleDocumentSweeper(
      hocuspocus,
      1_000,
      pino({ level: 'silent' }),
      () => now,
    );
    try {
      expect(sweeper.sweep()).toBe(0);
      now = 999;
      expect(sweeper.sweep()).toBe(0);
      now = 1_000;
      expect(sweeper.sweep()).toBe(1);
      expect(stored).toEqual(['onStoreDocument-board_0001']);
      expect(unloaded).toHaveLength(1);
    } finally {
      sweeper.stop();
    }
  });

  it('leaves documents with connections alone', () => {
    let now = 0;
    const { hocuspocus, unloaded } = stubHocuspocus(() => 1);
    const sweeper = new IdleDocumentSweeper(
      hocuspocus,
      1_000,
      pino({ level: 'silent' }),
      () => now,
    );
    try {
      sweeper.sweep();
      now = 10_000;
      expect(sweeper.sweep()).toBe(0);
      expect(unloaded).toEqual([]);
    } finally {
      sweeper.stop();
    }
  });
});
