import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { SQLite } from '@hocuspocus/extension-sqlite';

/** The part of Hocuspocus's `Server` this peer uses. */
interface HocuspocusServer {
  listen(): Promise<unknown>;
  destroy(): Promise<void>;
  readonly address: { readonly port: number };
  readonly hocuspocus: {
    readonly documents: Map<string, unknown>;
    readonly unloadingDocuments: Map<string, unknown>;
  };
}

type ServerConstructor = new (configuration: Record<string, unknown>) => HocuspocusServer;

/**
 * The `@hocuspocus/server` the stock extension itself runs with (the bench does not depend on
 * it directly): resolved from `@hocuspocus/extension-sqlite` through `extension-database`. It is
 * the same 4.7.0 Cairn runs.
 */
async function loadServerClass(): Promise<ServerConstructor> {
  const fromSqlite = createRequire(import.meta.resolve('@hocuspocus/extension-sqlite'));
  const fromDatabase = createRequire(fromSqlite.resolve('@hocuspocus/extension-database'));
  const module = (await import(pathToFileURL(fromDatabase.resolve('@hocuspocus/server')).href)) as {
    Server: ServerConstructor;
  };
  return module.Server;
}

/** A running Hocuspocus server with the stock SQLite extension. */
export interface HocuspocusSqliteServer {
  readonly wsUrl: string;
  /** Bytes of document state the extension has handed to SQLite (every store writes it all). */
  storedBytes(): number;
  stores(): number;
  /** Names of the documents it holds in memory. */
  loadedDocuments(): readonly string[];
  stop(): Promise<void>;
}

/**
 * Hocuspocus as its documentation sets it up for durability: `@hocuspocus/extension-sqlite` on a
 * database file, with the server's default debounce (2 s, at most 10 s): once edits pause, or
 * every 10 s while they do not, the whole document is encoded and upserted as one row. Listens
 * on 127.0.0.1 and an ephemeral port.
 */
export async function startHocuspocusSqliteServer(
  databasePath: string,
): Promise<HocuspocusSqliteServer> {
  let storedBytes = 0;
  let stores = 0;
  const sqlite = new SQLite({ database: databasePath });
  const store = sqlite.configuration.store;
  sqlite.configuration.store = async (payload) => {
    storedBytes += payload.state.byteLength;
    stores++;
    await store(payload);
  };
  const Server = await loadServerClass();
  const server = new Server({ port: 0, address: '127.0.0.1', quiet: true, extensions: [sqlite] });
  await server.listen();
  return {
    wsUrl: `ws://127.0.0.1:${server.address.port}`,
    storedBytes: () => storedBytes,
    stores: () => stores,
    loadedDocuments: () => [
      ...server.hocuspocus.documents.keys(),
      ...server.hocuspocus.unloadingDocuments.keys(),
    ],
    stop: () => server.destroy(),
  };
}
