import { bindStoreToDoc, type CanvasBindingStatus } from '@cairn/canvas';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import {
  atom,
  createTLStore,
  createUserId,
  UserRecordType,
  defaultBindingUtils,
  defaultShapeUtils,
  type Atom,
  type TLRecord,
  type TLStore,
  type TLUserStore,
} from 'tldraw';
import type * as Y from 'yjs';
import type { Me } from '../../../api/apiTypes';
import { WHITEBOARD_SHAPE_UTILS } from './shapes/whiteboardShapeUtils';
import { createViewportFirstLoad } from './viewportFirstLoad';

/**
 * The store type `@cairn/canvas` declares. It is the same runtime class as tldraw's `TLStore`, but
 * TypeScript sees two declarations of `@tldraw/store`: the canvas package resolves its CommonJS
 * typings (NodeNext), this app its ESM typings (Bundler), and their private fields do not match.
 */
type BindableStore = Parameters<typeof bindStoreToDoc<TLRecord>>[0];

type WhiteboardMode = 'readonly' | 'readwrite';

/** What the whiteboard can show: nothing yet, a live store, or why it stopped syncing. */
export type WhiteboardStoreState =
  | { readonly kind: 'binding' }
  | {
      readonly kind: 'connected';
      readonly store: TLStore;
      /** Shapes away from the first view are still arriving (see `createViewportFirstLoad`). */
      readonly loading: boolean;
      /** Call from tldraw's `onMount`: the shapes beyond the first view start loading. */
      readonly editorMounted: () => void;
    }
  | { readonly kind: 'needs-reload'; readonly status: CanvasBindingStatus };

const BINDING: WhiteboardStoreState = { kind: 'binding' };

/**
 * An inert handle on the whiteboard of `doc` for `useSyncExternalStore`: subscribing creates a
 * store and binds it to the document, unsubscribing unbinds and disposes of it. One subscriber.
 */
/**
 * Who tldraw credits for the shapes this person creates and changes (its `user:` records travel
 * in the document): the person the server knows, never the random identity tldraw keeps in
 * this browser's local storage.
 */
function attributionOf(me: Pick<Me, 'id' | 'name' | 'color'>): TLUserStore {
  const user = UserRecordType.create({ id: createUserId(me.id), name: me.name, color: me.color });
  return { currentUser: atom('whiteboard attribution user', user) };
}

function createWhiteboardConnection(doc: Y.Doc, mode: Atom<WhiteboardMode>, users: TLUserStore) {
  let state = BINDING;
  return {
    getState: () => state,
    subscribe: (onChange: () => void): (() => void) => {
      const set = (next: WhiteboardStoreState) => {
        state = next;
        onChange();
      };
      // Every client must build the same schema, or the binding would see a "newer" document.
      const store = createTLStore({
        shapeUtils: [...defaultShapeUtils, ...WHITEBOARD_SHAPE_UTILS],
        bindingUtils: defaultBindingUtils,
        collaboration: { mode, status: null },
        users,
      });
      const { loadInBatches, editorMounted } = createViewportFirstLoad();
      const binding = bindStoreToDoc(store as unknown as BindableStore, doc, {
        loadInBatches,
        onStatusChange: (status) => {
          if (status.status === 'needs-reload') set({ kind: 'needs-reload', status });
        },
        onLoaded: () => {
          if (state.kind === 'connected') set({ ...state, loading: false });
        },
      });
      set(
        binding.status.status === 'connected'
          ? { kind: 'connected', store, loading: !binding.loaded, editorMounted }
          : { kind: 'needs-reload', status: binding.status },
      );
      return () => {
        binding.destroy();
        store.dispose();
        state = BINDING;
      };
    },
  };
}

/**
 * A tldraw store whose document records live in the board's Yjs document, for as long as the
 * component is mounted: one store and one binding per `doc`, both disposed on unmount.
 *
 * The store is bound before tldraw mounts, so the editor starts from the document's records (its
 * default page is `page:page` on every client, so two first visitors converge on one page): the
 * shapes in view first, the others over the next frames (`loading` until they are all in).
 * `readOnly` switches tldraw's readonly mode live, without re-creating the store. Shapes the
 * person creates or changes are credited to `me` (tldraw's attribution `user:` records).
 */
export function useWhiteboardStore(
  doc: Y.Doc,
  readOnly: boolean,
  me: Pick<Me, 'id' | 'name' | 'color'>,
): WhiteboardStoreState {
  // One atom for the component's life; the store reads it, the effect below writes it.
  const [mode] = useState<Atom<WhiteboardMode>>(() =>
    atom('whiteboard mode', readOnly ? 'readonly' : 'readwrite'),
  );
  useEffect(() => {
    mode.set(readOnly ? 'readonly' : 'readwrite');
  }, [mode, readOnly]);

  const { id, name, color } = me;
  const users = useMemo(() => attributionOf({ id, name, color }), [id, name, color]);
  const connection = useMemo(
    () => createWhiteboardConnection(doc, mode, users),
    [doc, mode, users],
  );
  return useSyncExternalStore(connection.subscribe, connection.getState);
}
