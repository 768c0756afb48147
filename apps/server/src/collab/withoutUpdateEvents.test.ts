import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { withoutUpdateEvents } from './withoutUpdateEvents.js';

describe('withoutUpdateEvents', () => {
  it('applies without telling update listeners, then tells them about later changes', () => {
    const source = new Y.Doc();
    source.getMap('board').set('title', 'Stored');
    const doc = new Y.Doc();
    const heard: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => heard.push(update));
    const result = withoutUpdateEvents(doc, () => {
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(source));
      return 'loaded';
    });
    expect(result).toBe('loaded');
    expect(heard).toEqual([]);
    expect(doc.getMap('board').get('title')).toBe('Stored');
    doc.getMap('board').set('title', 'Edited');
    expect(heard).toHaveLength(1);
  });

  it('puts the listeners back when the work throws', () => {
    const doc = new Y.Doc();
    let heard = 0;
    doc.on('update', () => heard++);
    expect(() =>
      withoutUpdateEvents(doc, () => {
        throw new Error('corrupt');
      }),
    ).toThrow('corrupt');
    doc.getMap('board').set('title', 'Edited');
    expect(heard).toBe(1);
  });
});
