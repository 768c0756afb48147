import { seededRandom } from '@cairn/model/testing';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { updateTouchesRoots } from './updateTouchesRoots.js';

const GUARDED = ['facilitation'];

/** A server document holding facilitation state, and a client that has synced with it. */
function serverAndClient() {
  const server = new Y.Doc();
  server.getMap('facilitation').set('timer', { endsAt: 1 });
  server.getMap('facilitation').set('timer', { endsAt: 2 }); // an overwrite: a deleted item
  server.getMap('facilitation').set('vote', null);
  server.getArray('tldraw').push([{ key: 'shape:a', val: { typeName: 'shape' } }]);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, client };
}

/** What `client` would send as sync step 2: everything `server` lacks, and its delete set. */
function syncStep2(client: Y.Doc, server: Y.Doc): Uint8Array {
  return Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
}

/** The update one change on `doc` produces, as a provider sends it (merged if several). */
function updateOf(doc: Y.Doc, change: () => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const listener = (bytes: Uint8Array) => updates.push(bytes);
  doc.on('update', listener);
  change();
  doc.off('update', listener);
  if (updates.length === 0) throw new Error('The change produced no update.');
  return Y.mergeUpdates(updates);
}

describe('updateTouchesRoots', () => {
  it('allows edits, nested types and deletions in other roots', () => {
    const { server, client } = serverAndClient();
    const edits = [
      () => client.getArray('tldraw').push([{ key: 'shape:b', val: { typeName: 'shape' } }]),
      () => client.getArray('tldraw').delete(0, 1),
      () => client.getMap('tldrawMeta').set('schema', { version: 1 }),
      () => {
        const item = new Y.Map<unknown>();
        client.getMap('items').set('item-1', item);
        item.set('title', new Y.Text('Hello'));
      },
    ];
    for (const edit of edits) {
      const update = updateOf(client, edit);
      expect(updateTouchesRoots(server, update, GUARDED)).toBe(false);
      Y.applyUpdate(server, update);
    }
    const text = (client.getMap('items').get('item-1') as Y.Map<Y.Text>).get('title');
    const update = updateOf(client, () => text?.insert(5, ', world'));
    expect(updateTouchesRoots(server, update, GUARDED)).toBe(false);
  });

  it('refuses each kind of write to the guarded root, one client at a time', () => {
    const changes: ((map: Y.Map<unknown>) => void)[] = [
      (map) => map.set('facilitators', [{ id: 'me', name: 'Me' }]),
      (map) => map.set('timer', null),
      (map) => map.delete('vote'),
      (map) => map.set('vote', new Y.Map()),
    ];
    for (const change of changes) {
      const { server, client } = serverAndClient();
      const update = updateOf(client, () => change(client.getMap('facilitation')));
      expect(updateTouchesRoots(server, update, GUARDED)).toBe(true);
      expect(updateTouchesRoots(server, syncStep2(client, server), GUARDED)).toBe(true);
      expect(updateTouchesRoots(server, update, ['tldraw'])).toBe(false);
    }
  });

  it('refuses writes inside nested types of the guarded root', () => {
    const changes: ((nested: Y.Map<unknown>, list: Y.Array<number>) => void)[] = [
      (nested) => nested.set('key', 'value'),
      (nested) => nested.delete('list'),
      (_, list) => list.push([2]),
      (_, list) => list.insert(0, [0]),
      (_, list) => list.delete(0, 1),
      (nested) => nested.set('deeper', new Y.Text('x')),
    ];
    for (const change of changes) {
      const { server, client } = serverAndClient();
      // A nested map and list, as a server before this guard might have stored them.
      const nested = new Y.Map<unknown>();
      server.getMap('facilitation').set('legacy', nested);
      nested.set('list', Y.Array.from([1]));
      nested.set('empty', new Y.Array<number>());
      Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
      const clientNested = client.getMap('facilitation').get('legacy') as Y.Map<unknown>;
      const list = clientNested.get('list') as Y.Array<number>;
      expect(
        updateTouchesRoots(
          server,
          updateOf(client, () => change(clientNested, list)),
          GUARDED,
        ),
      ).toBe(true);
    }
    const { server, client } = serverAndClient();
    const empty = new Y.Array<number>();
    server.getMap('facilitation').set('empty', empty);
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const clientEmpty = client.getMap('facilitation').get('empty') as Y.Array<number>;
    // The first item of an empty nested type names its parent by the type's id.
    expect(
      updateTouchesRoots(
        server,
        updateOf(client, () => clientEmpty.push([7])),
        GUARDED,
      ),
    ).toBe(true);
  });

  it('refuses an update that mixes an honest edit with a guarded one', () => {
    const { server, client } = serverAndClient();
    const update = updateOf(client, () => {
      client.getArray('tldraw').push([{ key: 'shape:c', val: { typeName: 'shape' } }]);
      client.getMap('facilitation').set('timer', null);
    });
    expect(updateTouchesRoots(server, update, GUARDED)).toBe(true);
  });

  it('refuses items and deletions it cannot place, and bytes that are not an update', () => {
    const { server, client } = serverAndClient();
    // A third replica the server never heard of: the client builds on its items.
    const stranger = new Y.Doc();
    stranger.getArray('tldraw').push([{ key: 'shape:x' }, { key: 'shape:y' }]);
    Y.applyUpdate(client, Y.encodeStateAsUpdate(stranger, Y.encodeStateVector(client)));
    const array = client.getArray<{ key: string }>('tldraw');
    const insertAfterStranger = updateOf(client, () => array.insert(2, [{ key: 'shape:z' }]));
    expect(updateTouchesRoots(server, insertAfterStranger, GUARDED)).toBe(true);
    const deleteStranger = updateOf(client, () => array.delete(1, 1));
    expect(updateTouchesRoots(server, deleteStranger, GUARDED)).toBe(true);
    for (const bytes of [new Uint8Array([1, 2, 3]), new Uint8Array([255, 255, 255, 255, 255])]) {
      expect(updateTouchesRoots(server, bytes, GUARDED)).toBe(true);
    }
    // With the stranger's items delivered, the same updates are honest.
    Y.applyUpdate(server, Y.encodeStateAsUpdate(stranger));
    expect(updateTouchesRoots(server, insertAfterStranger, GUARDED)).toBe(false);
    expect(updateTouchesRoots(server, deleteStranger, GUARDED)).toBe(false);
  });

  it('allows sync step 2 after an offline period, whose delete set repeats the server’s own', () => {
    const { server, client } = serverAndClient();
    // Offline: the client edits the canvas while the server writes facilitation state again.
    client.getArray('tldraw').push([{ key: 'shape:offline', val: { typeName: 'shape' } }]);
    client.getArray('tldraw').delete(0, 1);
    server.getMap('facilitation').set('timer', { endsAt: 3 });
    server.getMap('facilitation').set('facilitators', [{ id: 'f', name: 'F' }]);
    expect(updateTouchesRoots(server, syncStep2(client, server), GUARDED)).toBe(false);
    // The echo of the server's whole state changes nothing, so it passes too.
    expect(updateTouchesRoots(server, Y.encodeStateAsUpdate(server), GUARDED)).toBe(false);
    expect(updateTouchesRoots(server, Y.encodeStateAsUpdate(client), GUARDED)).toBe(false);
  });

  it('allows offline edits inside a nested type that was deleted and collected meanwhile', () => {
    const server = new Y.Doc();
    const item = new Y.Map<unknown>();
    server.getMap('items').set('item-1', item);
    item.set('title', new Y.Text('Draft'));
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const title = (client.getMap('items').get('item-1') as Y.Map<Y.Text>).get('title');
    title?.insert(0, 'New ');
    title?.insert(title.length, '!');
    (client.getMap('items').get('item-1') as Y.Map<unknown>).set('fresh', new Y.Text('x'));
    server.getMap('items').delete('item-1');
    expect(updateTouchesRoots(server, syncStep2(client, server), GUARDED)).toBe(false);
  });

  it('never refuses honest replicas, whatever the server wrote meanwhile (seeded)', () => {
    const random = seededRandom(4);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    for (let round = 0; round < 40; round++) {
      const { server, client } = serverAndClient();
      const peer = new Y.Doc();
      Y.applyUpdate(peer, Y.encodeStateAsUpdate(server));
      const send = (from: Y.Doc, to: Y.Doc) =>
        Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
      for (let step = 0; step < 30; step++) {
        const doc = pick([client, peer, server]);
        const root = pick(['tldraw', 'tldrawMeta', 'items', 'facilitation']);
        if (root === 'facilitation') {
          server.getMap('facilitation').set(pick(['timer', 'vote']), step);
        } else if (root === 'tldraw') {
          const array = doc.getArray<unknown>(root);
          if (array.length > 0 && random() < 0.4) array.delete(Math.floor(random() * array.length));
          else array.insert(Math.floor(random() * (array.length + 1)), [{ key: `k${step}` }]);
        } else {
          const map = doc.getMap<unknown>(root);
          const key = pick(['a', 'b', 'c']);
          const current = map.get(key);
          if (current instanceof Y.Text) current.insert(Math.floor(random() * current.length), 'x');
          else if (random() < 0.3) map.delete(key);
          else map.set(key, random() < 0.5 ? new Y.Text(`t${step}`) : step);
        }
        // Partial, seeded delivery between the replicas and the server.
        if (random() < 0.3) send(client, peer);
        if (random() < 0.3) send(peer, client);
        if (random() < 0.2) send(server, pick([client, peer]));
        if (random() < 0.2) {
          const update = syncStep2(peer, server);
          expect(updateTouchesRoots(server, update, GUARDED), `round ${round}`).toBe(false);
          Y.applyUpdate(server, update);
        }
      }
      const update = syncStep2(client, server);
      expect(updateTouchesRoots(server, update, GUARDED), `round ${round}`).toBe(false);
      Y.applyUpdate(server, update);
      const forged = updateOf(client, () => client.getMap('facilitation').set('vote', round));
      expect(updateTouchesRoots(server, forged, GUARDED), `round ${round}`).toBe(true);
    }
  });

  it('checks a large honest update quickly', () => {
    const { server, client } = serverAndClient();
    const records = client.getArray<unknown>('tldraw');
    for (let i = 0; i < 5_000; i++) {
      records.push([{ key: `shape:${i}`, val: { typeName: 'shape', x: i, y: i } }]);
    }
    for (let i = 0; i < 5_000; i += 2) records.delete(i / 2 + 1, 1);
    const notes = client.getMap<unknown>('items');
    for (let i = 0; i < 2_000; i++) notes.set(`note-${i}`, new Y.Text(`Note ${i}`));
    const update = syncStep2(client, server);
    const started = performance.now();
    expect(updateTouchesRoots(server, update, GUARDED)).toBe(false);
    // Typically a few milliseconds; the bound only catches an accidental quadratic walk.
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
