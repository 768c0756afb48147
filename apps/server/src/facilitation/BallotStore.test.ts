import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../storage/Db.js';
import { openDatabase } from '../storage/openDatabase.js';
import { BallotStore } from './BallotStore.js';

const opened: { db: Db; dir: string }[] = [];
afterEach(() => {
  for (const { db, dir } of opened.splice(0)) {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

function openStore(): { store: BallotStore; db: Db } {
  const dir = mkdtempSync(join(tmpdir(), 'cairn-ballots-'));
  const db = openDatabase(dir, 'normal');
  opened.push({ db, dir });
  return { store: new BallotStore(db, () => 1_000), db };
}

describe('BallotStore', () => {
  it('replaces a whole ballot, counts voters, and forgets a board’s ballots', () => {
    const { store } = openStore();
    expect(store.get('board', 'vote', 'ada')).toEqual({});
    expect(store.put('board', 'vote', 'ada', { 'shape:a': 2 })).toBe(1);
    expect(store.put('board', 'vote', 'ada', { 'shape:b': 1 })).toBe(1);
    expect(store.put('board', 'vote', 'bo', { 'shape:a': 1 })).toBe(2);
    expect(store.put('board', 'other-vote', 'cy', { 'shape:a': 1 })).toBe(1);
    expect(store.put('other-board', 'vote', 'dee', { 'shape:a': 1 })).toBe(1);
    expect(store.get('board', 'vote', 'ada')).toEqual({ 'shape:b': 1 });
    expect(store.all('board', 'vote')).toEqual([{ 'shape:b': 1 }, { 'shape:a': 1 }]);
    // An empty ballot withdraws: the person no longer counts as a voter.
    expect(store.put('board', 'vote', 'bo', {})).toBe(1);
    store.clear('board');
    expect(store.all('board', 'vote')).toEqual([]);
    expect(store.voters('board', 'other-vote')).toBe(0);
    expect(store.all('other-board', 'vote')).toEqual([{ 'shape:a': 1 }]);
  });

  it('reads a damaged row as an empty ballot, keeping only whole positive dots', () => {
    const { store, db } = openStore();
    const insert = db.prepare(
      'INSERT INTO ballots (board, vote, voter, dots, updated_at) VALUES (?, ?, ?, ?, 0)',
    );
    insert.run('board', 'vote', 'broken', '{not json');
    insert.run(
      'board',
      'vote',
      'odd',
      '{"shape:a": 2, "shape:b": -1, "shape:c": 1.5, "shape:d": "3"}',
    );
    expect(store.get('board', 'vote', 'broken')).toEqual({});
    expect(store.get('board', 'vote', 'odd')).toEqual({ 'shape:a': 2 });
  });
});
