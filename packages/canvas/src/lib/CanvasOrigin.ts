import type { SerializedSchema } from '@tldraw/store';

/**
 * The Yjs transaction origin of everything the canvas binding writes. Each binding makes its own
 * origin objects, so it recognises its own echoes by identity and applies every other
 * transaction (another client, another binding on the same document, a server migration) to its
 * store as a remote change.
 *
 * @public
 */
export type CanvasOrigin =
  /** The person at this client, editing through tldraw: one transaction per store change batch. */
  | { readonly kind: 'canvas-user'; readonly bindingId: string }
  /**
   * This client bringing the document's records up to its own, newer schema on connect, or
   * writing the schema into an empty document.
   */
  | {
      readonly kind: 'canvas-migration';
      readonly bindingId: string;
      readonly from: SerializedSchema | null;
    };

/**
 * True when `value` is an origin written by a canvas binding (Yjs lets any value be an origin).
 *
 * @public
 */
export function isCanvasOrigin(value: unknown): value is CanvasOrigin {
  if (typeof value !== 'object' || value === null || !('kind' in value)) return false;
  return value.kind === 'canvas-user' || value.kind === 'canvas-migration';
}
