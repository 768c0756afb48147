import type { SerializedSchema } from '@tldraw/store';
import type * as Y from 'yjs';
import { CANVAS_META, CANVAS_META_KEYS } from './canvasRoots.js';

/**
 * What a document says about its records' schema: `absent` for a document no canvas client has
 * bound yet, `invalid` when the stored value is not a serialized schema (nothing can safely be
 * written then).
 *
 * @public
 */
export type DocumentSchema =
  | { readonly kind: 'absent' }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'present'; readonly schema: SerializedSchema };

/**
 * Reads the serialized tldraw schema from the {@link CANVAS_META} map of `doc`. Never throws.
 *
 * @public
 */
export function readDocumentSchema(doc: Y.Doc): DocumentSchema {
  const value: unknown = doc.getMap<unknown>(CANVAS_META).get(CANVAS_META_KEYS.schema);
  if (value === undefined) return { kind: 'absent' };
  return isSerializedSchema(value) ? { kind: 'present', schema: value } : { kind: 'invalid' };
}

function isSerializedSchema(value: unknown): value is SerializedSchema {
  if (typeof value !== 'object' || value === null || !('schemaVersion' in value)) return false;
  if (value.schemaVersion === 2) {
    return 'sequences' in value && isVersionRecord(value.sequences);
  }
  if (value.schemaVersion === 1) {
    return (
      'storeVersion' in value &&
      typeof value.storeVersion === 'number' &&
      'recordVersions' in value &&
      typeof value.recordVersions === 'object' &&
      value.recordVersions !== null
    );
  }
  return false;
}

function isVersionRecord(value: unknown): value is Record<string, number> {
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).every(
    (version) => typeof version === 'number' && Number.isInteger(version),
  );
}
