import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';

/**
 * A board's copy in this browser's IndexedDB, so a board opened once opens again (read-write)
 * while the server cannot be reached, and edits made meanwhile survive a closed tab until the
 * provider sends them.
 */
export interface BoardCache {
  /** The origin of the transactions that load the cached copy into the document. */
  readonly origin: unknown;
  /** Resolves once the cached copy (if any) is in the document. */
  readonly loaded: Promise<void>;
  /** The person's role on the board when it was last open online; null when never stored. */
  readonly readRole: () => Promise<string | null>;
  readonly rememberRole: (role: string) => void;
  /**
   * Resolves once every change written to the copy so far is committed in IndexedDB, so it
   * survives a closed tab; rejects where the browser cannot keep the copy.
   */
  readonly stored: () => Promise<void>;
  /**
   * Deletes the copy, for a board the server refused (not found, access ended): it must not
   * open again from this browser. The document itself stays as it is.
   */
  readonly clear: () => void;
  /** Stops writing to the copy (it stays in IndexedDB). */
  readonly destroy: () => void;
}

/** Key of the role beside the document in the cache's own key-value store. */
const ROLE_KEY = 'role';
/** y-indexeddb's object store of document updates. */
const UPDATES_STORE = 'updates';

/**
 * The IndexedDB database of one person's copy of one board. Keyed by the person too, so on a
 * browser shared by two accounts one never opens the other's copy.
 */
export function boardCacheName(userId: string, boardId: string): string {
  return `cairn-board:${userId}:${boardId}`;
}

/** Opens (or creates) the cache of `boardId` for `userId` and keeps it in step with `doc`. */
export function openBoardCache(userId: string, boardId: string, doc: Y.Doc): BoardCache {
  const persistence = new IndexeddbPersistence(boardCacheName(userId, boardId), doc);
  let cleared = false;
  const report = (error: unknown): void => console.warn('Board cache:', error);
  return {
    origin: persistence,
    loaded: persistence.whenSynced.then(
      () => undefined,
      (error: unknown) => report(error),
    ),
    readRole: async () => {
      try {
        const role: unknown = await persistence.get(ROLE_KEY);
        return typeof role === 'string' ? role : null;
      } catch (error) {
        report(error);
        return null;
      }
    },
    rememberRole: (role) => {
      if (cleared) return;
      persistence.set(ROLE_KEY, role).catch(report);
    },
    stored: async () => {
      // Where IndexedDB cannot open, this rejects (and whenSynced would never resolve).
      await persistence._db;
      await persistence.whenSynced;
      const db = persistence.db;
      if (db === null) throw new Error('The board cache is closed.');
      // IndexedDB starts a read-only transaction only once every read-write transaction created
      // before it on the same store has finished: its completion means the writes committed.
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction([UPDATES_STORE], 'readonly');
        transaction.oncomplete = () => resolve();
        transaction.onerror = transaction.onabort = () =>
          reject(transaction.error ?? new Error('The board cache could not be read.'));
      });
    },
    clear: () => {
      if (cleared) return;
      cleared = true;
      persistence.clearData().catch(report);
    },
    destroy: () => {
      if (cleared) return;
      persistence.destroy().catch(report);
    },
  };
}

/**
 * Deletes every board copy this browser keeps for `userId` (signing out: the next person at this
 * browser must not open them). Resolves once IndexedDB has deleted them, or at once where the
 * browser cannot list its databases.
 */
export async function deleteBoardCaches(userId: string): Promise<void> {
  const prefix = boardCacheName(userId, '');
  const databases = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : [];
  await Promise.all(
    databases
      .map((database) => database.name)
      .filter((name): name is string => name?.startsWith(prefix) === true)
      .map(
        (name) =>
          new Promise<void>((resolve) => {
            const request = indexedDB.deleteDatabase(name);
            // Blocked: a tab still has it open; it goes once that tab lets go.
            request.onsuccess = request.onerror = request.onblocked = () => resolve();
          }),
      ),
  );
}
