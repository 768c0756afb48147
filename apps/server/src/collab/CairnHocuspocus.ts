import { Hocuspocus, type Document } from '@hocuspocus/server';
import type { CollabContext } from './CollabContext.js';

/**
 * Hocuspocus with one fix. Its `unloadDocument` checks the document by *name*: a late unload of
 * an instance that was already destroyed (from a debounced store or a second close) finds the
 * name in the map, now held by a fresh instance, and deletes that fresh instance's entry without
 * destroying it. The orphan keeps serving whoever holds it while the next connection loads yet
 * another instance: two live copies of one board that no longer see each other's edits.
 * Found by the durability test that unloads and reloads a board under concurrent writes.
 */
export class CairnHocuspocus extends Hocuspocus<CollabContext> {
  override async unloadDocument(document: Document): Promise<void> {
    if (document.isDestroyed || this.documents.get(document.name) !== document) return;
    await super.unloadDocument(document);
  }
}
