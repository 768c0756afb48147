import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CameraRecordType,
  createTLStore,
  createUserId,
  defaultShapeUtils,
  InstancePageStateRecordType,
  PageRecordType,
  PointerRecordType,
  TLINSTANCE_ID,
  TLPOINTER_ID,
  UserRecordType,
  type IndexKey,
  type TLStore,
} from 'tldraw';
import type { PresenceAwareness } from './PresenceAwareness';
import { PRESENCE_FIELD, type PublishedPresence } from './PublishedPresence';
import { PUBLISH_INTERVAL_MS, publishLocalPresence } from './publishLocalPresence';

const USER = UserRecordType.create({ id: createUserId('ada'), name: 'Ada', color: '#c2255c' });

/** An awareness that records every value this client publishes in the presence field. */
function recordingAwareness(published: (PublishedPresence | null)[]): PresenceAwareness {
  return {
    clientID: 1,
    getStates: () => new Map(),
    setLocalStateField: (field, value) => {
      if (field === PRESENCE_FIELD) published.push(value as PublishedPresence | null);
    },
    on: () => undefined,
    off: () => undefined,
  };
}

/** A store with the records an editor would add, which tldraw's presence derivation reads. */
function usableStore(): TLStore {
  const store = createTLStore({ shapeUtils: defaultShapeUtils });
  const page = PageRecordType.create({ name: 'Page 1', index: 'a1' as IndexKey });
  store.put([
    page,
    store.schema.types.instance.create({ id: TLINSTANCE_ID, currentPageId: page.id }),
    InstancePageStateRecordType.create({
      id: InstancePageStateRecordType.createId(page.id),
      pageId: page.id,
    }),
    CameraRecordType.create({ id: CameraRecordType.createId(page.id) }),
    PointerRecordType.create({ id: TLPOINTER_ID }),
  ]);
  return store;
}

function movePointer(store: TLStore, x: number): void {
  const pointer = store.get(TLPOINTER_ID);
  if (!pointer) throw new Error('The store has no pointer.');
  store.put([{ ...pointer, x }]);
}

describe('publishLocalPresence', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('publishes the presence without identity, then at most once per interval, ending on the latest', () => {
    const store = usableStore();
    const published: (PublishedPresence | null)[] = [];
    const stop = publishLocalPresence(store, recordingAwareness(published), USER);
    vi.advanceTimersByTime(0);
    expect(published).toHaveLength(1);
    expect(published[0]).not.toHaveProperty('userName');
    expect(published[0]).not.toHaveProperty('userId');

    for (let x = 1; x <= 10; x += 1) movePointer(store, x);
    expect(published).toHaveLength(1);
    vi.advanceTimersByTime(PUBLISH_INTERVAL_MS);
    expect(published).toHaveLength(2);
    expect(published[1]?.cursor?.x).toBe(10);

    stop();
  });

  it('clears the field when stopped, and publishes nothing after', () => {
    const store = usableStore();
    const published: (PublishedPresence | null)[] = [];
    const stop = publishLocalPresence(store, recordingAwareness(published), USER);
    vi.advanceTimersByTime(0);
    movePointer(store, 5);
    stop();
    vi.advanceTimersByTime(PUBLISH_INTERVAL_MS * 2);
    expect(published.at(-1)).toBeNull();
    expect(published).toHaveLength(2);
  });
});
