/**
 * Name of the root `Y.Array` that holds every document-scoped tldraw record of a canvas board,
 * as `{ key: recordId, val: record }` entries read through y-utility's `YKeyValue`.
 *
 * @public
 */
export const CANVAS_RECORDS = 'tldraw';

/**
 * Name of the root `Y.Map` that holds facts about the records rather than records: today only
 * the serialized tldraw schema they were written with (key {@link CANVAS_META_KEYS}.schema).
 *
 * @public
 */
export const CANVAS_META = 'tldrawMeta';

/**
 * Keys of the {@link CANVAS_META} map.
 *
 * @public
 */
export const CANVAS_META_KEYS = {
  /**
   * The `SerializedSchema` every record in {@link CANVAS_RECORDS} conforms to. Clients compare it
   * with their own before writing: an older client must not write (it would write records the
   * newer clients then misread), a newer one migrates the records up and replaces it.
   */
  schema: 'schema',
} as const;
