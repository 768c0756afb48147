import type * as Y from 'yjs';
import { ModelError } from '../core/ModelError.js';
import { RELEASES } from './roadmapSchema.js';

/**
 * The root map of releases, or undefined when a foreign client stored another shared type under
 * that name (Yjs throws on a type mismatch): readers then see no releases.
 */
export function releasesMap(doc: Y.Doc): Y.Map<unknown> | undefined {
  try {
    return doc.getMap<unknown>(RELEASES);
  } catch {
    return undefined;
  }
}

/** The root map of releases for a writer; ModelError('conflict') when it is not a Y.Map. */
export function writableReleasesMap(doc: Y.Doc): Y.Map<unknown> {
  const releases = releasesMap(doc);
  if (!releases) {
    throw new ModelError('conflict', 'This board stores releases in a form Cairn cannot change.');
  }
  return releases;
}
