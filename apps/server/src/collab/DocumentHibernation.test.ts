import { Document } from '@hocuspocus/server';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocumentHibernation, stateWhileAsleep } from './DocumentHibernation.js';

function stored(titles: readonly string[]): Uint8Array {
  const doc = new Y.Doc();
  titles.forEach((title, index) => doc.getMap('items').set(`item-${index}`, title));
  return Y.encodeStateAsUpdate(doc);
}

describe('DocumentHibernation', () => {
  it('wakes a board loaded asleep on first use, with exactly its stored content', () => {
    const hibernation = new DocumentHibernation(60_000, Date.now, pino({ level: 'silent' }));
    const document = new Document('roadmap');
    const state = stored(['Plan', 'Ship']);
    expect(hibernation.loadAsleep(document, state)).toBe(true);
    expect(stateWhileAsleep(document)).toBe(state);
    expect(document.getMap('items').toJSON()).toEqual({ 'item-0': 'Plan', 'item-1': 'Ship' });
    expect(hibernation.isAsleep(document)).toBe(false);
    expect(stateWhileAsleep(document)).toBeUndefined();
    hibernation.stop();
  });

  it('keeps a board whose state does not apply asleep, so every use fails instead of finding it empty', () => {
    const hibernation = new DocumentHibernation(60_000, Date.now, pino({ level: 'silent' }));
    const document = new Document('damaged');
    const whole = stored(['Plan', 'Ship', 'Learn']);
    hibernation.loadAsleep(document, whole.slice(0, Math.floor(whole.length / 2)));
    for (let use = 0; use < 2; use++) {
      expect(() => document.getMap('items')).toThrow(/Unexpected end of array/);
      expect(hibernation.isAsleep(document)).toBe(true);
    }
    hibernation.stop();
  });

  it('loads nothing asleep when sleeping is switched off', () => {
    const hibernation = new DocumentHibernation(0, Date.now, pino({ level: 'silent' }));
    const document = new Document('awake');
    expect(hibernation.loadAsleep(document, stored(['Plan']))).toBe(false);
    expect(hibernation.isAsleep(document)).toBe(false);
    expect(document.getMap('items').size).toBe(0);
  });
});
