import type { SerializedSchema, SerializedSchemaV2 } from '@tldraw/store';

/**
 * How this client's schema relates to the one a document's records were written with.
 *
 * @public
 */
export type SchemaComparison = 'same' | 'local-newer' | 'local-older';

/**
 * Compares a client's schema with a document's, migration sequence by sequence.
 *
 * The client is `local-older` when the document has any sequence the client lacks or at a higher
 * version, even if the client is ahead on others: it cannot read those records, so it must not
 * write. It is `local-newer` when it is at least as new everywhere and ahead somewhere (a
 * sequence the document lacks counts as ahead). A version-1 (legacy) document schema is always
 * older than a client's version-2 schema; `StoreSchema` upgrades it while migrating.
 *
 * @public
 */
export function compareSchemaVersions(
  local: SerializedSchemaV2,
  document: SerializedSchema,
): SchemaComparison {
  if (document.schemaVersion === 1) return 'local-newer';
  let older = false;
  let newer = false;
  for (const [sequenceId, version] of Object.entries(document.sequences)) {
    const ours = local.sequences[sequenceId];
    if (ours === undefined || ours < version) older = true;
  }
  for (const [sequenceId, version] of Object.entries(local.sequences)) {
    const theirs = document.sequences[sequenceId];
    if (theirs === undefined || theirs < version) newer = true;
  }
  if (older) return 'local-older';
  return newer ? 'local-newer' : 'same';
}
