import type {
  HistoryEntry,
  SerializedSchema,
  SerializedStore,
  Store,
  UnknownRecord,
} from '@tldraw/store';
import type * as Y from 'yjs';
import type { CanvasBindingStatus, NeedsReloadReason } from './CanvasBindingStatus.js';
import type { CanvasOrigin } from './CanvasOrigin.js';
import { CANVAS_META, CANVAS_META_KEYS } from './canvasRoots.js';
import { compareSchemaVersions } from './compareSchemaVersions.js';
import { createKeyValueRecordMap } from './createKeyValueRecordMap.js';
import type { RecordMap, RecordMapChange } from './RecordMap.js';
import { readDocumentSchema } from './readDocumentSchema.js';

/**
 * Options of {@link bindStoreToDoc}.
 *
 * @public
 */
export interface BindStoreToDocOptions {
  /**
   * Names this binding in its origins (for audit and debugging; echoes are recognised by origin
   * identity, not by this id). Defaults to the store's id.
   */
  readonly bindingId?: string;
  /** How records are laid out in the document. Defaults to {@link createKeyValueRecordMap}. */
  readonly createRecordMap?: (doc: Y.Doc) => RecordMap;
  /** Called whenever {@link CanvasBinding.status} changes after `bindStoreToDoc` returned. */
  readonly onStatusChange?: (status: CanvasBindingStatus) => void;
  /**
   * Called when a record from the document cannot be put into the store (it fails validation);
   * the record is skipped and the rest still applies. Defaults to `console.error`.
   */
  readonly onInvalidRecord?: (id: string, error: unknown) => void;
  /**
   * Loads a large document into the store in batches instead of at once, so the first render
   * need not wait for the whole board (see {@link planViewportFirstLoad}). Without it, every
   * record loads before `bindStoreToDoc` returns.
   */
  readonly loadInBatches?: LoadInBatches;
  /** Called once the last batch of {@link BindStoreToDocOptions.loadInBatches} is in the store. */
  readonly onLoaded?: () => void;
}

/**
 * How {@link bindStoreToDoc} loads a document in batches.
 *
 * @public
 */
export interface LoadInBatches {
  /**
   * Splits the document's records (id to value, already migrated) into batches of ids. The first
   * batch loads before `bindStoreToDoc` returns; a record in no batch loads with the last.
   */
  plan(records: Readonly<Record<string, unknown>>): ReadonlyArray<readonly string[]>;
  /** Runs `load` later (after the next frame, say); returns what cancels it. */
  schedule(load: () => void): () => void;
}

/**
 * A live binding between a tldraw store and a board's Yjs document.
 *
 * @public
 */
export interface CanvasBinding {
  /** The current state; `needs-reload` means the binding stopped and never writes again. */
  readonly status: CanvasBindingStatus;
  /** The origins this binding writes with (its echoes carry exactly these objects). */
  readonly origins: { readonly user: CanvasOrigin; readonly migration: CanvasOrigin };
  /**
   * Whether every record of the document is in the store. Only batched loading
   * ({@link BindStoreToDocOptions.loadInBatches}) leaves it `false` after `bindStoreToDoc`
   * returns; it stays `false` if the binding stops before the last batch.
   */
  readonly loaded: boolean;
  /** Stops syncing in both directions. Idempotent. */
  destroy(): void;
}

/**
 * Binds a tldraw `Store` to the canvas records of a Yjs document, both ways.
 *
 * On connect the document wins: an empty document (no schema yet) gets the client's schema and,
 * if it has no records, the store's document records; otherwise the store's document records are
 * replaced by the document's, migrated up to the store's schema. A client whose schema is newer
 * writes the migrated records and its schema back (one transaction, `canvas-migration` origin).
 * A client whose schema is older writes nothing and returns status `needs-reload`; a connected
 * binding switches to `needs-reload` as soon as a newer client upgrades the document.
 *
 * While connected, each batch of the person's changes to document-scoped records
 * (`source: 'user'`) becomes one `doc.transact` with the binding's `canvas-user` origin, and
 * every other transaction on the records is applied inside `store.mergeRemoteChanges`, so it has
 * source `remote` and stays out of the person's undo history. Neither direction re-emits what
 * the other applied.
 *
 * With `loadInBatches`, records reach the store batch by batch. Each later batch reads the
 * records' current values from the document, so changes that arrive meanwhile are never lost:
 * changes to records already in the store apply at once, other records wait for the last batch.
 * The person can edit what has loaded; a record not yet in the store cannot be touched.
 *
 * @public
 */
export function bindStoreToDoc<R extends UnknownRecord>(
  store: Store<R>,
  doc: Y.Doc,
  options: BindStoreToDocOptions = {},
): CanvasBinding {
  const bindingId = options.bindingId ?? store.id;
  const records = (options.createRecordMap ?? createKeyValueRecordMap)(doc);
  const meta = doc.getMap<unknown>(CANVAS_META);
  const localSchema = store.schema.serialize();
  const onInvalidRecord =
    options.onInvalidRecord ??
    ((id: string, error: unknown) => console.error(`canvas: skipped invalid record ${id}`, error));
  const userOrigin: CanvasOrigin = { kind: 'canvas-user', bindingId };
  const documentTypes: ReadonlySet<string> = store.scopedTypes.document;

  let status: CanvasBindingStatus = { status: 'connected' };
  const stops: Array<() => void> = [];
  /** Batches of ids still to load, in order; empty once loaded. */
  let queue: string[][] = [];
  /** Records changed by others while loading that were not in the store yet: load with the last. */
  const deferred = new Set<string>();
  let loaded = false;
  let cancelScheduled: (() => void) | null = null;

  const stop = (next: CanvasBindingStatus) => {
    status = next;
    for (const unsubscribe of stops.splice(0)) unsubscribe();
  };
  const needsReload = (reason: NeedsReloadReason, documentSchema: SerializedSchema | null) =>
    ({ status: 'needs-reload', reason, localSchema, documentSchema }) as const;

  const found = readDocumentSchema(doc);
  const migrationOrigin: CanvasOrigin = {
    kind: 'canvas-migration',
    bindingId,
    from: found.kind === 'present' ? found.schema : null,
  };

  /** Returns the failure status, or `null` once store and document hold the same records. */
  const connect = (): CanvasBindingStatus | null => {
    if (found.kind === 'invalid') return needsReload('document-schema-invalid', null);
    if (found.kind === 'absent') {
      const initial = records.size === 0 ? Object.values<R>(store.serialize('document')) : [];
      doc.transact(() => {
        meta.set(CANVAS_META_KEYS.schema, localSchema);
        for (const record of initial) records.set(record.id, record);
      }, migrationOrigin);
      if (initial.length === 0) loadIntoStore(Object.fromEntries(records.entries()));
      else loaded = true;
      return null;
    }
    const comparison = compareSchemaVersions(localSchema, found.schema);
    if (comparison === 'local-older') return needsReload('document-schema-newer', found.schema);
    const stored = Object.fromEntries(records.entries()) as SerializedStore<R>;
    const migrated = store.schema.migrateStoreSnapshot({ store: stored, schema: found.schema });
    if (migrated.type === 'error') return needsReload('migration-failed', found.schema);
    if (comparison === 'local-newer') {
      doc.transact(() => {
        for (const [id, record] of Object.entries<R>(migrated.value)) {
          // Rewrite only what a migration changed. Key order can differ, which at worst costs a
          // redundant write of an equal record.
          if (JSON.stringify(stored[id as R['id']]) !== JSON.stringify(record))
            records.set(id, record);
        }
        for (const id of Object.keys(stored)) {
          if (!(id in migrated.value)) records.delete(id);
        }
        meta.set(CANVAS_META_KEYS.schema, localSchema);
      }, migrationOrigin);
    }
    loadIntoStore(migrated.value);
    return null;
  };

  /**
   * Replaces the store's document records with `snapshot`'s, as a remote change: all at once, or
   * the first batch now and the others scheduled.
   */
  const loadIntoStore = (snapshot: Record<string, unknown>) => {
    const stale = Object.keys(store.serialize('document')).filter((id) => !(id in snapshot));
    const batches = options.loadInBatches?.plan(snapshot).map((batch) => [...batch]) ?? [];
    const first = batches.shift() ?? Object.keys(snapshot);
    const planned = new Set(first.concat(...batches));
    const unplanned = Object.keys(snapshot).filter((id) => !planned.has(id));
    if (unplanned.length > 0) {
      if (batches.length === 0) first.push(...unplanned);
      else (batches[batches.length - 1] as string[]).push(...unplanned);
    }
    applyRemote([
      ...stale.map((id): RecordMapChange => ({ action: 'delete', id })),
      ...first
        .filter((id) => id in snapshot)
        .map((id): RecordMapChange => ({ action: 'put', id, value: snapshot[id] })),
    ]);
    queue = batches.filter((batch) => batch.length > 0);
    if (queue.length === 0) loaded = true;
  };

  /** Loads the next batch with the document's current values, and schedules the one after. */
  const loadNextBatch = () => {
    cancelScheduled = null;
    const batch = queue.shift() ?? [];
    const ids = queue.length > 0 ? batch : [...new Set([...batch, ...deferred])];
    if (queue.length === 0) deferred.clear();
    const changes: RecordMapChange[] = [];
    for (const id of ids) {
      const value = records.get(id);
      if (value !== undefined && !store.has(id as R['id']))
        changes.push({ action: 'put', id, value });
    }
    applyRemote(changes);
    if (queue.length > 0) return scheduleNextBatch();
    loaded = true;
    options.onLoaded?.();
  };

  const scheduleNextBatch = () => {
    const batching = options.loadInBatches;
    if (batching !== undefined) cancelScheduled = batching.schedule(loadNextBatch);
  };

  /** While loading, others' changes to records not in the store yet wait for the last batch. */
  const applyRemoteWhileLoading = (changes: readonly RecordMapChange[]) => {
    if (loaded) return applyRemote(changes);
    const now: RecordMapChange[] = [];
    for (const change of changes) {
      if (change.action === 'put' && !store.has(change.id as R['id'])) deferred.add(change.id);
      else now.push(change);
    }
    applyRemote(now);
  };

  const applyRemote = (changes: readonly RecordMapChange[]) => {
    const puts: R[] = [];
    const removes: Array<R['id']> = [];
    for (const change of changes) {
      const id = change.id as R['id'];
      if (change.action === 'delete') {
        if (store.has(id)) removes.push(id);
      } else if (isDocumentRecord(change.value, change.id, documentTypes)) {
        puts.push(change.value as R);
      }
    }
    if (puts.length === 0 && removes.length === 0) return;
    store.mergeRemoteChanges(() => {
      if (removes.length > 0) store.remove(removes);
      try {
        if (puts.length > 0) store.put(puts);
      } catch {
        // One invalid record fails the whole put; retry one by one to keep the valid ones.
        for (const record of puts) {
          try {
            store.put([record]);
          } catch (error) {
            onInvalidRecord(record.id, error);
          }
        }
      }
    });
  };

  const failure = connect();
  if (failure !== null) {
    status = failure;
    return binding();
  }
  const ownOrigins: ReadonlySet<unknown> = new Set([userOrigin, migrationOrigin]);
  if (!loaded) {
    scheduleNextBatch();
    stops.push(() => cancelScheduled?.());
  }

  stops.push(
    store.listen(
      ({ changes }: HistoryEntry<R>) => {
        const added = Object.values<R>(changes.added);
        const updated = Object.values<[R, R]>(changes.updated);
        const removed = Object.values<R>(changes.removed);
        if (added.length + updated.length + removed.length === 0) return;
        doc.transact(() => {
          for (const record of added) records.set(record.id, record);
          for (const [, record] of updated) records.set(record.id, record);
          for (const record of removed) records.delete(record.id);
        }, userOrigin);
      },
      { source: 'user', scope: 'document' },
    ),
  );
  // tldraw tells store listeners of changes at the next animation frame, so a person's edit
  // reached the document (and everyone else) a frame late or more: ~32 ms on a 5,000-shape
  // canvas, whose frames are long. An operation of the person that changed a document record is
  // handed over as it completes instead, inside tldraw's transaction and before the
  // transaction's end wakes tldraw's reactive effects (on a large canvas they take longer than
  // the operation itself). tldraw also runs operations of the person on session records only
  // (pointer, hover, camera), often several a frame; their history is flushed in a microtask, as
  // all of them were before: flushing those at once as well cost the 5,000-shape canvas about
  // 15 % more dropped frames while someone else dragged (client-frames, A/B).
  let documentChanged = false;
  const noteChange = (source: 'user' | 'remote') => {
    if (source === 'user') documentChanged = true;
  };
  for (const type of documentTypes) {
    const typeName = type as R['typeName'];
    stops.push(
      store.sideEffects.registerAfterCreateHandler(typeName, (_record, source) =>
        noteChange(source),
      ),
      store.sideEffects.registerAfterChangeHandler(typeName, (_before, _after, source) =>
        noteChange(source),
      ),
      store.sideEffects.registerAfterDeleteHandler(typeName, (_record, source) =>
        noteChange(source),
      ),
    );
  }
  let flushQueued = false;
  stops.push(
    store.sideEffects.registerOperationCompleteHandler((source) => {
      if (source !== 'user') return;
      if (documentChanged) {
        documentChanged = false;
        store._flushHistory();
        return;
      }
      if (flushQueued) return;
      flushQueued = true;
      queueMicrotask(() => {
        flushQueued = false;
        store._flushHistory();
      });
    }),
  );
  stops.push(
    records.observe((changes, transaction) => {
      if (!ownOrigins.has(transaction.origin)) applyRemoteWhileLoading(changes);
    }),
  );
  const onMeta = (event: Y.YMapEvent<unknown>) => {
    if (!event.keysChanged.has(CANVAS_META_KEYS.schema)) return;
    const found = readDocumentSchema(doc);
    const next =
      found.kind === 'invalid'
        ? needsReload('document-schema-invalid', null)
        : found.kind === 'present' &&
            compareSchemaVersions(localSchema, found.schema) === 'local-older'
          ? needsReload('document-schema-newer', found.schema)
          : null;
    if (next === null) return;
    stop(next);
    options.onStatusChange?.(next);
  };
  meta.observe(onMeta);
  stops.push(() => meta.unobserve(onMeta));

  return binding();

  function binding(): CanvasBinding {
    return {
      get status() {
        return status;
      },
      origins: { user: userOrigin, migration: migrationOrigin },
      get loaded() {
        return loaded;
      },
      destroy() {
        if (status.status === 'destroyed') return;
        const wasConnected = status.status === 'connected';
        stop({ status: 'destroyed' });
        if (wasConnected) options.onStatusChange?.(status);
      },
    };
  }
}

/** Only records of the store's document scope travel through the document; others are skipped. */
function isDocumentRecord(value: unknown, id: string, documentTypes: ReadonlySet<string>): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    value.id === id &&
    'typeName' in value &&
    typeof value.typeName === 'string' &&
    documentTypes.has(value.typeName)
  );
}
