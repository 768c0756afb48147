import { addItem, readBoard, systemEnv, updateItem, type OperationContext } from '@cairn/model';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { api } from '../support/api.js';
import { connectProvider, type TestClient } from '../support/connectProvider.js';
import { useTestServer } from '../support/useTestServer.js';
import { waitFor } from '../support/waitFor.js';

const asUser = (userId: string): OperationContext => ({
  origin: { kind: 'local-user', userId },
  env: systemEnv,
});

function titles(client: TestClient): string[] {
  return readBoard(client.doc).items.map((item) => item.title);
}

function waitForTitle(client: TestClient, title: string): Promise<void> {
  return waitFor(`"${title}" to arrive`, client.doc, 'update', () =>
    titles(client).includes(title),
  );
}

async function boardFor(url: string, token: string): Promise<string> {
  const created = await api<{ id: string }>(url, token, 'POST', '/api/boards', {
    title: 'Live',
    kind: 'roadmap',
  });
  return created.body.id;
}

describe('live collaboration over /collab', () => {
  it('syncs edits between two people and with the REST API, both ways', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const id = await boardFor(server.url, editor);
    const alice = connectProvider(server.wsUrl, id, server.token('editor', 'Alice'));
    const bob = connectProvider(server.wsUrl, id, server.token('editor', 'Bob'));
    try {
      await Promise.all([alice.synced(), bob.synced()]);
      expect(readBoard(alice.doc).title).toBe('Live');

      addItem(alice.doc, { title: 'From Alice' }, asUser('alice'));
      await Promise.all([alice.acknowledged(), waitForTitle(bob, 'From Alice')]);

      await api(server.url, editor, 'POST', `/api/boards/${id}/items`, { title: 'From REST' });
      await Promise.all([waitForTitle(alice, 'From REST'), waitForTitle(bob, 'From REST')]);

      const fromBob = readBoard(bob.doc).items.find((item) => item.title === 'From Alice');
      updateItem(bob.doc, fromBob?.id ?? '', { owner: 'Bob' }, asUser('bob'));
      await bob.acknowledged();
      const viaRest = await api<{ items: { title: string; owner: string }[] }>(
        server.url,
        editor,
        'GET',
        `/api/boards/${id}`,
      );
      expect(viaRest.body.items).toContainEqual(
        expect.objectContaining({ title: 'From Alice', owner: 'Bob' }),
      );
    } finally {
      alice.destroy();
      bob.destroy();
    }
  });

  it('keeps viewers and commenters read-only: their updates reach neither the document nor others', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const id = await boardFor(server.url, editor);
    const watcher = connectProvider(server.wsUrl, id, editor);
    const readers = [
      connectProvider(server.wsUrl, id, server.token('viewer')),
      connectProvider(server.wsUrl, id, server.token('commenter')),
    ];
    try {
      await Promise.all([watcher.synced(), ...readers.map((reader) => reader.synced())]);
      for (const [index, reader] of readers.entries()) {
        expect(reader.provider.authorizedScope).toBe('readonly');
        addItem(reader.doc, { title: `Sneaky ${index}` }, asUser('reader'));
      }
      // A later edit from the editor arrives at every reader in order, after anything the
      // readers sent; if the readers' edits had been accepted they would have arrived first.
      addItem(watcher.doc, { title: 'Marker' }, asUser('editor'));
      await watcher.acknowledged();
      await Promise.all(readers.map((reader) => waitForTitle(reader, 'Marker')));
      expect(titles(watcher)).toEqual(['Marker']);
      const stored = await api<{ items: { title: string }[] }>(
        server.url,
        editor,
        'GET',
        `/api/boards/${id}`,
      );
      expect(stored.body.items.map((item) => item.title)).toEqual(['Marker']);
    } finally {
      watcher.destroy();
      readers.forEach((reader) => reader.destroy());
    }
  });

  it('refuses sockets with a missing, unknown or revoked token, or for an unknown board', async () => {
    const server = await useTestServer();
    const admin = server.token('admin');
    const id = await boardFor(server.url, admin);
    const revoked = await api<{ id: string; token: string }>(
      server.url,
      admin,
      'POST',
      '/api/tokens',
      {
        name: 'Temp',
        role: 'editor',
      },
    );
    await api(server.url, admin, 'DELETE', `/api/tokens/${revoked.body.id}`);
    const attempts = [
      connectProvider(server.wsUrl, id, ''),
      connectProvider(server.wsUrl, id, 'cairn_forged'),
      connectProvider(server.wsUrl, id, revoked.body.token),
      connectProvider(server.wsUrl, 'NoSuchBoard123', admin),
      connectProvider(server.wsUrl, '../../etc/passwd', admin),
    ];
    try {
      const reasons = await Promise.all(attempts.map((attempt) => attempt.refused()));
      expect(reasons).toEqual([
        'unauthorized',
        'unauthorized',
        'unauthorized',
        'not-found',
        'not-found',
      ]);
      expect(attempts.every((attempt) => !attempt.provider.isSynced)).toBe(true);
    } finally {
      attempts.forEach((attempt) => attempt.destroy());
    }
  });

  it('stamps presence with the server-known identity, whatever the client claims', async () => {
    const server = await useTestServer();
    const admin = server.token('admin');
    const id = await boardFor(server.url, admin);
    const mallory = connectProvider(server.wsUrl, id, server.token('viewer', 'Mallory'));
    const alice = connectProvider(server.wsUrl, id, server.token('editor', 'Alice'));
    try {
      await Promise.all([mallory.synced(), alice.synced()]);
      mallory.provider.setAwarenessField('user', { id: 'ceo', name: 'The CEO', role: 'admin' });
      mallory.provider.setAwarenessField('editing', 'item-1');
      const awareness = alice.provider.awareness;
      if (!awareness) throw new Error('provider without awareness');
      const malloryId = mallory.doc.clientID;
      const seen = () =>
        awareness.getStates().get(malloryId) as
          { user?: { name: string; role: string; color: string }; editing?: string } | undefined;
      await waitFor(
        'Mallory to be seen editing',
        awareness,
        'change',
        () => seen()?.editing === 'item-1',
      );
      expect(seen()?.user).toMatchObject({ name: 'Mallory', role: 'viewer' });
      expect(seen()?.user?.color).toMatch(/^#[0-9a-f]{6}$/);
    } finally {
      mallory.destroy();
      alice.destroy();
    }
  });

  it('relays the presence of several boards sharing one socket, each to its own board', async () => {
    const server = await useTestServer();
    const admin = server.token('admin');
    const [first, second] = [await boardFor(server.url, admin), await boardFor(server.url, admin)];
    const socket = new HocuspocusProviderWebsocket({
      url: server.wsUrl,
      WebSocketPolyfill: WebSocket,
    });
    const carol = server.token('editor', 'Carol');
    const shared = [first, second].map((name) => {
      const provider = new HocuspocusProvider({ websocketProvider: socket, name, token: carol });
      provider.attach();
      return provider;
    });
    const watchers = [first, second].map((id, index) =>
      connectProvider(server.wsUrl, id, server.token('viewer', `Watcher ${index}`)),
    );
    try {
      await Promise.all([
        ...watchers.map((watcher) => watcher.synced()),
        ...shared.map((provider) =>
          waitFor('shared provider sync', provider, 'synced', () => provider.isSynced),
        ),
      ]);
      shared.forEach((provider, index) => provider.setAwarenessField('editing', `item-${index}`));
      for (const [index, watcher] of watchers.entries()) {
        const awareness = watcher.provider.awareness;
        const carolId = shared[index]?.document.clientID ?? -1;
        if (!awareness) throw new Error('provider without awareness');
        const seen = () =>
          awareness.getStates().get(carolId) as
            { user?: { name: string }; editing?: string } | undefined;
        await waitFor('Carol seen on her board', awareness, 'change', () => !!seen()?.editing);
        expect(seen()).toMatchObject({ editing: `item-${index}`, user: { name: 'Carol' } });
      }
    } finally {
      shared.forEach((provider) => provider.destroy());
      socket.destroy();
      watchers.forEach((watcher) => watcher.destroy());
    }
  });

  it('cuts off a revoked token: at once through the API, at its next message otherwise', async () => {
    const server = await useTestServer();
    const admin = server.token('admin');
    const id = await boardFor(server.url, admin);
    const issue = async (name: string) =>
      (
        await api<{ id: string; token: string }>(server.url, admin, 'POST', '/api/tokens', {
          name,
          role: 'editor',
        })
      ).body;
    const viaApi = await issue('Leaver');
    const viaCli = await issue('Contractor');
    const leaver = connectProvider(server.wsUrl, id, viaApi.token);
    const contractor = connectProvider(server.wsUrl, id, viaCli.token);
    try {
      await Promise.all([leaver.synced(), contractor.synced()]);

      const leaverClosed = leaver.closed();
      await api(server.url, admin, 'DELETE', `/api/tokens/${viaApi.id}`);
      expect(await leaverClosed).toBe('unauthorized');

      // Revoked in the database by another process (the CLI): the next message is refused.
      server.server.tokens.revoke(viaCli.id);
      const contractorClosed = contractor.closed();
      addItem(contractor.doc, { title: 'After revocation' }, asUser('contractor'));
      expect(await contractorClosed).toBe('unauthorized');

      const stored = await api<{ items: unknown[] }>(server.url, admin, 'GET', `/api/boards/${id}`);
      expect(stored.body.items).toEqual([]);
    } finally {
      leaver.destroy();
      contractor.destroy();
    }
  });
});
