import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../storage/openDatabase.js';
import { sqliteWrittenElsewhere } from '../storage/sqliteWrittenElsewhere.js';
import { AccessEpoch } from './AccessEpoch.js';
import { OutsideWriteWatch } from './OutsideWriteWatch.js';
import type { Db } from '../storage/Db.js';

const opened: { dir: string; dbs: Db[] }[] = [];

afterEach(() => {
  for (const { dir, dbs } of opened.splice(0)) {
    for (const db of dbs) db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The server's connection and the command line's, on one real database file. */
function twoConnections(): { server: Db; commandLine: Db } {
  const dir = mkdtempSync(join(tmpdir(), 'cairn-outside-'));
  const server = openDatabase(dir, 'normal');
  const commandLine = openDatabase(dir, 'normal');
  opened.push({ dir, dbs: [server, commandLine] });
  return { server, commandLine };
}

let tokens = 0;

/** A write that changes someone's access: a new token. */
function createToken(db: Db): void {
  tokens += 1;
  db.prepare(
    "INSERT INTO tokens (id, name, role, secret_hash, created_at) VALUES (?, 'CI', 'editor', ?, 0)",
  ).run(`token-${tokens}`, `hash-${tokens}`);
}

describe('OutsideWriteWatch', () => {
  it("advances the access epoch for another process's write, not for the server's own", () => {
    const { server, commandLine } = twoConnections();
    const epoch = new AccessEpoch();
    const watch = new OutsideWriteWatch(sqliteWrittenElsewhere(server), epoch, 1_000);

    watch.check();
    expect(epoch.value).toBe(0);

    createToken(server);
    watch.check();
    expect(epoch.value).toBe(0);

    createToken(commandLine);
    watch.check();
    expect(epoch.value).toBe(1);

    // Once heard of, the same write does not count again.
    watch.check();
    expect(epoch.value).toBe(1);
  });
});
