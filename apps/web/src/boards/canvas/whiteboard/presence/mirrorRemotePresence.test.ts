import { describe, expect, it } from 'vitest';
import { createTLStore, createUserId, defaultShapeUtils, type TLRecord } from 'tldraw';
import { mirrorRemotePresence } from './mirrorRemotePresence';
import type { AwarenessChanges, PresenceAwareness } from './PresenceAwareness';
import { presenceIdOfClient } from './presenceFromAwarenessState';
import { PRESENCE_FIELD } from './PublishedPresence';

const MY_CLIENT = 1;

const published = (x: number) => ({
  currentPageId: 'page:page',
  camera: { x: 0, y: 0, z: 1 },
  screenBounds: { x: 0, y: 0, w: 800, h: 600 },
  cursor: { x, y: 10, type: 'default', rotation: 0 },
  selectedShapeIds: [],
  brush: null,
  scribbles: [],
  followingUserId: null,
  chatMessage: '',
});

const stamped = (id: string, name: string) => ({ id, name, role: 'editor', color: '#0c8599' });

/** An awareness whose remote states the test sets, announcing changes as y-protocols does. */
function fakeAwareness(): PresenceAwareness & {
  setRemote(clientId: number, state: Record<string, unknown> | null): void;
  listeners(): number;
} {
  const states = new Map<number, unknown>([[MY_CLIENT, {}]]);
  const listeners = new Set<(changes: AwarenessChanges) => void>();
  return {
    clientID: MY_CLIENT,
    getStates: () => states,
    setLocalStateField: (field, value) => {
      states.set(MY_CLIENT, { ...(states.get(MY_CLIENT) as object), [field]: value });
    },
    on: (_, listener) => listeners.add(listener),
    off: (_, listener) => listeners.delete(listener),
    setRemote: (clientId, state) => {
      const existed = states.has(clientId);
      if (state === null) states.delete(clientId);
      else states.set(clientId, state);
      const changes: AwarenessChanges = {
        added: !existed && state ? [clientId] : [],
        updated: existed && state ? [clientId] : [],
        removed: existed && !state ? [clientId] : [],
      };
      for (const listener of listeners) listener(changes);
    },
    listeners: () => listeners.size,
  };
}

function presences(store: ReturnType<typeof createTLStore>) {
  return store.query.records('instance_presence').get();
}

describe('mirrorRemotePresence', () => {
  it('shows each other connection as a presence, updates it, and removes it when it leaves', () => {
    const store = createTLStore({ shapeUtils: defaultShapeUtils });
    const awareness = fakeAwareness();
    awareness.setRemote(2, { user: stamped('bo', 'Bo'), [PRESENCE_FIELD]: published(5) });
    const stop = mirrorRemotePresence(store, awareness, () => 1000);
    expect(presences(store)).toMatchObject([{ userId: createUserId('bo'), cursor: { x: 5 } }]);

    awareness.setRemote(3, { user: stamped('cy', 'Cy'), [PRESENCE_FIELD]: published(9) });
    awareness.setRemote(2, { user: stamped('bo', 'Bo'), [PRESENCE_FIELD]: published(50) });
    expect(store.get(presenceIdOfClient(2))).toMatchObject({ cursor: { x: 50 } });
    expect(presences(store)).toHaveLength(2);

    awareness.setRemote(2, null);
    expect(presences(store)).toMatchObject([{ userName: 'Cy' }]);
    stop();
  });

  it('removes a presence whose state stops publishing or turns to garbage', () => {
    const store = createTLStore({ shapeUtils: defaultShapeUtils });
    const awareness = fakeAwareness();
    const stop = mirrorRemotePresence(store, awareness);
    awareness.setRemote(2, { user: stamped('bo', 'Bo'), [PRESENCE_FIELD]: published(5) });
    awareness.setRemote(2, { user: stamped('bo', 'Bo'), [PRESENCE_FIELD]: null });
    expect(presences(store)).toEqual([]);
    awareness.setRemote(2, { user: stamped('bo', 'Bo'), [PRESENCE_FIELD]: published(5) });
    awareness.setRemote(2, { user: stamped('bo', 'Bo'), [PRESENCE_FIELD]: { cursor: 'x' } });
    expect(presences(store)).toEqual([]);
    stop();
  });

  it('skips this connection, even with a stamped state of its own', () => {
    const store = createTLStore({ shapeUtils: defaultShapeUtils });
    const awareness = fakeAwareness();
    awareness.setRemote(MY_CLIENT, { user: stamped('me', 'Me'), [PRESENCE_FIELD]: published(1) });
    const stop = mirrorRemotePresence(store, awareness);
    expect(presences(store)).toEqual([]);
    stop();
  });

  it('writes as remote changes, so they never reach this person’s undo history', () => {
    const store = createTLStore({ shapeUtils: defaultShapeUtils });
    const awareness = fakeAwareness();
    const sources: string[] = [];
    store.listen((entry) => {
      const { added, updated, removed } = entry.changes;
      const touched = [...Object.keys(added), ...Object.keys(updated), ...Object.keys(removed)];
      if (touched.some((id) => id.startsWith('instance_presence:'))) sources.push(entry.source);
    });
    const stop = mirrorRemotePresence(store, awareness);
    awareness.setRemote(2, { user: stamped('bo', 'Bo'), [PRESENCE_FIELD]: published(5) });
    awareness.setRemote(2, { user: stamped('bo', 'Bo'), [PRESENCE_FIELD]: published(6) });
    awareness.setRemote(2, null);
    expect(sources).toEqual(['remote', 'remote', 'remote']);
    stop();
  });

  it('stops listening and removes every presence it made when stopped', () => {
    const store = createTLStore({ shapeUtils: defaultShapeUtils });
    const awareness = fakeAwareness();
    const stop = mirrorRemotePresence(store, awareness);
    awareness.setRemote(2, { user: stamped('bo', 'Bo'), [PRESENCE_FIELD]: published(5) });
    stop();
    expect(awareness.listeners()).toBe(0);
    expect(presences(store)).toEqual([] as TLRecord[]);
  });
});
