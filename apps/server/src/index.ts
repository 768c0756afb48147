/**
 * @cairn/server: one process serving the web client, the REST API and the Hocuspocus socket,
 * with every acknowledged edit in SQLite.
 */
export { CairnServer } from './CairnServer.js';
export type { CairnServerOptions } from './CairnServer.js';
export { loadConfig } from './config.js';
export type { ServerConfig } from './config.js';
export { ROLES } from './auth/roles.js';
export type { Role } from './auth/roles.js';
export type { Identity } from './auth/Identity.js';
export { DEFAULT_COMPACTION } from './collab/PersistenceExtension.js';
export { PRESENCE_WINDOW_MS } from './collab/batchBroadcasts.js';
export { PRESENCE_WINDOW_BUSY_MS } from './collab/PresencePacing.js';
export { HIBERNATE_AFTER_MS, stateWhileAsleep } from './collab/DocumentHibernation.js';
export type { CompactionPolicy } from './collab/PersistenceExtension.js';
export { COLLAB_PATH } from './http/attachCollab.js';
export { DATABASE_FILE } from './storage/openDatabase.js';
export type { BoardSummary } from './storage/BoardIndex.js';
