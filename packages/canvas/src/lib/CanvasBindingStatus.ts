import type { SerializedSchema, SerializedSchemaV2 } from '@tldraw/store';

/**
 * Why a binding stopped syncing and the person should reload to get a newer client.
 *
 * @public
 */
export type NeedsReloadReason =
  /** The document's schema is newer than this client's (or has sequences it does not know). */
  | 'document-schema-newer'
  /** The stored schema is not a serialized tldraw schema. */
  | 'document-schema-invalid'
  /** Migrating the document's records up to this client's schema failed. */
  | 'migration-failed';

/**
 * The state of a canvas binding, for the UI.
 *
 * @public
 */
export type CanvasBindingStatus =
  /** Store and document are in sync in both directions. */
  | { readonly status: 'connected' }
  /**
   * Nothing is synced any more, in either direction: this client must not write to the document.
   * The UI should ask the person to reload.
   */
  | {
      readonly status: 'needs-reload';
      readonly reason: NeedsReloadReason;
      readonly localSchema: SerializedSchemaV2;
      /** `null` when the document's schema could not be read. */
      readonly documentSchema: SerializedSchema | null;
    }
  /** `destroy()` was called. */
  | { readonly status: 'destroyed' };
